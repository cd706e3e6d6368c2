"""The group's decisions on aligned rows: a status and a free-text decision, who and when."""
