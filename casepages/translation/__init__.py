"""What casepages adds on top of wagtail-localize: review submission, PO files, machine drafts, status."""
