"""Undo: an operator's last action taken back by compensating records, never by deleting.

`actions` (last_action, undo, undo_last) composes the undoers of `journal` and `state`;
`target` is what they share. May import the journal, the working state and the store.
"""
