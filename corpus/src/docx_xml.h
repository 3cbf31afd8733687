// Small helpers over Poco's DOM for WordprocessingML. Names are compared by
// local name so both the transitional and the strict namespace read alike.
#ifndef VANBAN_CORPUS_DOCX_XML_H_
#define VANBAN_CORPUS_DOCX_XML_H_

#include <Poco/DOM/Element.h>
#include <Poco/DOM/NamedNodeMap.h>
#include <Poco/DOM/Node.h>

#include <string>

namespace vanban::corpus::internal {

inline bool Is(const Poco::XML::Node* n, const char* local) {
  return n && n->nodeType() == Poco::XML::Node::ELEMENT_NODE && n->localName() == local;
}

// The attribute `local` (w:val, w:id ...), whatever its prefix.
inline std::string Attr(const Poco::XML::Node* n, const char* local) {
  if (!n) return "";
  Poco::XML::NamedNodeMap* attrs = n->attributes();
  if (!attrs) return "";
  std::string value;
  for (unsigned long i = 0; i < attrs->length(); ++i) {
    if (attrs->item(i)->localName() == local) {
      value = attrs->item(i)->nodeValue();
      break;
    }
  }
  attrs->release();
  return value;
}

inline Poco::XML::Node* Child(const Poco::XML::Node* n, const char* local) {
  for (Poco::XML::Node* c = n ? n->firstChild() : nullptr; c; c = c->nextSibling()) {
    if (Is(c, local)) return c;
  }
  return nullptr;
}

inline int IntOr(const std::string& s, int fallback) {
  try {
    return s.empty() ? fallback : std::stoi(s);
  } catch (...) {
    return fallback;
  }
}

}  // namespace vanban::corpus::internal

#endif  // VANBAN_CORPUS_DOCX_XML_H_
