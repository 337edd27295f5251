"""The demo site that `make run` loads: the SLE-03 story and others in both languages, and one account per role."""
