"""Outputs for people: the kansenkaart (one self-contained, offline HTML map)."""

from optopscan.render.kansenkaart import kansenkaart_html, read_shortlist, render_kansenkaart, render_per_gemeente

__all__ = ["kansenkaart_html", "read_shortlist", "render_kansenkaart", "render_per_gemeente"]
