"""Documents and their clauses: the value types every layer shares, and the edits on them."""
