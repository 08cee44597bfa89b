"""Dialogs of the window: sign-in, start, new event, passphrase, decision, correction, moment."""
