"""The coverage panel: the matrix of two facets, age bands per document, obligations without
an owner; clicking filters the comparison."""
