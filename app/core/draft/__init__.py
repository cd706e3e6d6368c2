"""The merged draft: clauses with provenance, numbering, versions, Word copies coming back."""
