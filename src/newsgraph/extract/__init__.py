"""Extraction layers. Each module has one public ``extract_*`` function over a parsed Doc.

Layers run in the order of :data:`newsgraph.pipeline.LAYERS`; a later layer receives earlier
layers' items as keyword arguments and never imports a later layer. Layers read ``doc.text``
(the article text with page furniture blanked out, same length as the original) so that no item
points into a caption, byline or related-article link.
"""
