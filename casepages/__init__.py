"""casepages: patient case stories, translated and reviewed, with a message form for patients."""
