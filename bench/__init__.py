"""`make bench`: what the site costs to serve, in-process, through the production stack, and in a browser."""
