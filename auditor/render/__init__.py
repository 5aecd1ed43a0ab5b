"""Renderers: turn AuditResults into text for people (terminal) or programs (json). They never compute."""
