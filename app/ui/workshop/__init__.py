"""Workshop mode: the projector view of one row at a time, and decisions on rows."""
