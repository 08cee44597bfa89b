"""Screenshots of every view and dialog: `python -m ui.screenshots OUTDIR [FILE]`.

`__main__` opens the window offscreen and runs the scenes; `shooter` takes the pictures and
sets the night's clock (through `eventcenter.clock.set_to`, the core's one clock); `scenes`
says what is photographed. Nothing here is imported by the window itself.
"""
