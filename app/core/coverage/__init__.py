"""Coverage and gaps: which target groups, parties and responsibilities each document's tagged
clauses cover, where the base has nothing, where two clauses may overlap; age bands per
document; obligations nobody owns. Pure data, used by the UI, the CLI and the exports."""
