"""A realistic Valborg night for trying the window, screenshots and benchmarks
(`python -m eventcenter.demo OUT.event`): the journal (`night`) and the working state
(`state`). May import new events, the open file and everything below.
"""
