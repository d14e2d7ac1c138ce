"""Vietnamese text: normalisation, accent folding, tokens, references, key phrases."""
