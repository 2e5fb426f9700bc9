"""The reverse proxy's cache of anonymous pages, emptied when what they show changes."""
