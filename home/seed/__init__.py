"""The machinery of the initial content: the loaders' registry, their shared builders and the seed's translations."""
