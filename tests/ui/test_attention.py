"""The attention column shows the sections the window hands it, and nothing registers itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.widgets.attention import AttentionPanel
from ui.widgets.attention_sources import AttentionItem, AttentionSource, default_sources


class Fixed(AttentionSource):
    def __init__(self, name: str, items: list[AttentionItem]) -> None:
        self.name, self.items = name, items

    def title(self) -> str:
        return self.name

    def load(self, event, moment) -> list[AttentionItem]:
        return self.items


def _texts(panel: AttentionPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]


def test_the_panel_shows_the_sources_it_is_handed(qtbot, window):
    panel = AttentionPanel(window.context, [Fixed("Först", [AttentionItem("Vakten ringer",
                                                                          "warn")]),
                                            Fixed("Tom", [])])
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "Vakten ringer" in _texts(panel), timeout=3000)
    assert "Först" in _texts(panel) and "Tom" not in _texts(panel)  # empty: no heading
    assert not panel.nothing.isVisibleTo(panel)  # a warning is waiting
    assert [s.name for s in panel.sources] == ["Först", "Tom"]


def test_the_window_hands_it_the_default_sections_in_order(window):
    assert [type(s) for s in window.attention.sources] == [type(s) for s in default_sources()]
    assert [s.title() for s in window.attention.sources][-1] == "Journal"
