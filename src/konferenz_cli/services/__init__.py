"""Services: the rules of the domain, between the command line and the store."""
