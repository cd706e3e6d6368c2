"""The comparison: its table model, the side-by-side view, its panels and controller."""
