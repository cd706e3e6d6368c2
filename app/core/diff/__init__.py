"""Word differences between two clause texts."""
