"""Validate the XML parts of a .docx against the ECMA-376 transitional schemas (lxml)."""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "export" / "ooxml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REMOTE = {
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd": "dc.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd": "dcterms.xsd",
}
# Main namespace of each part's root element -> the schema that declares it.
_BY_NAMESPACE = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "wml.xsd",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc-coreProperties.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "shared-documentPropertiesExtended.xsd",
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": "opc-relationships.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "dml-main.xsd",
}


class _Local(etree.Resolver):
    """The Dublin Core imports point to dublincore.org: tests never go online."""

    def resolve(self, url, pubid, context):  # type: ignore[no-untyped-def]
        name = _REMOTE.get(url)
        return self.resolve_filename(str(SCHEMAS / name), context) if name else None


@cache
def schema(file_name: str) -> etree.XMLSchema:
    # The OOXML schemas import the xml: namespace without saying where it is: a small wrapper
    # brings it first, then the schema itself.
    wrapper = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>'
        f'<xs:import namespace="{_namespace_of(file_name)}" schemaLocation="{file_name}"/>'
        "</xs:schema>"
    )
    parser = etree.XMLParser()
    parser.resolvers.add(_Local())
    document = etree.parse(io.BytesIO(wrapper.encode()), parser, base_url=str(SCHEMAS / "wrapper.xsd"))
    return etree.XMLSchema(document)


def _namespace_of(file_name: str) -> str:
    return etree.parse(str(SCHEMAS / file_name)).getroot().get("targetNamespace")


def _without_ignorable(root: etree._Element) -> etree._Element:
    """Markup compatibility (ECMA-376 part 3): what a consumer may ignore is removed first."""
    ignorable = set((root.get(f"{{{MC}}}Ignorable") or "").split())
    namespaces = {uri for prefix, uri in root.nsmap.items() if prefix in ignorable}
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in namespaces and element.getparent() is not None:
            element.getparent().remove(element)
            continue
        for name in list(element.attrib):
            if etree.QName(name).namespace in namespaces | {MC}:
                del element.attrib[name]
    return root


def invalid_parts(data: bytes) -> dict[str, list[str]]:
    """Each XML part of the .docx that its schema rejects, with lxml's messages."""
    problems: dict[str, list[str]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(package.read(name))
            namespace = etree.QName(root).namespace
            file_name = _BY_NAMESPACE.get(namespace or "")
            if file_name is None:
                problems[name] = [f"no schema for {namespace}"]
                continue
            checker = schema(file_name)
            if not checker.validate(_without_ignorable(root)):
                problems[name] = [str(e) for e in checker.error_log][:5]
    return problems
