"""store layer of Result Desk (see DESIGN.md for the arrows)."""
