"""Key phrases of an article: glossary terms, salient phrases (document references live in text/document_refs)."""
