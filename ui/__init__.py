"""The Qt client of Eventcenter. Holds no business rules: it asks the core."""
