"""The Qt client of Eventcenter (PySide6). It holds no business rules: it asks the core."""
