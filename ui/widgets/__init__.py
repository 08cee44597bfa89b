"""Parts of the main window that are not tabs: quick entry, attention column, status bar."""
