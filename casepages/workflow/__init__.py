"""The review workflow every case story, source or translation, passes before it is published."""
