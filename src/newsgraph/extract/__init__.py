"""Extraction layers. Each module has one public ``extract_*`` function over a parsed Doc.

Layers run in the order :func:`newsgraph.pipeline.build_record` calls them; a later layer receives earlier
layers' items as keyword arguments and never imports a later layer. Layers read the parsed text
with :func:`newsgraph.extract.doctext.doc_text` (the article text with page furniture blanked out,
same length as the original, read once per document) so that no item points into a caption,
byline or related-article link.
"""
