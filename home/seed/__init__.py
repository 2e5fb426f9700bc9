"""The machinery of the initial content: the loaders' registry and the builders they share."""
