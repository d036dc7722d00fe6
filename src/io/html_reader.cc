// Article extraction from HTML pages (libxml2's forgiving HTML parser).
//
// Design: the page's metadata gives title, publication date, URL and
// outlet (Open Graph and article: meta tags, <time datetime>, the canonical
// link, <title>); the text is the page's paragraphs, those inside <article>
// when there is one, leaving out navigation, headers, footers, asides,
// forms, scripts and styles: the boilerplate around a news story.
#include "io/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <string>

#include "dyad/article.h"

namespace dyad {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Text of a subtree with runs of white space made one space.
void AppendText(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type == XML_TEXT_NODE && c->content) {
      for (const char* p = reinterpret_cast<const char*>(c->content); *p; ++p) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (space) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += *p;
        }
      }
    } else if (c->type == XML_ELEMENT_NODE) {
      std::string_view tag = Name(c);
      if (tag == "script" || tag == "style") continue;
      if (tag == "br" && !out.empty() && out.back() != ' ') out += ' ';
      AppendText(c->children, out);
    }
  }
}

bool IsBoilerplate(std::string_view tag) {
  return tag == "nav" || tag == "header" || tag == "footer" || tag == "aside" || tag == "form" ||
         tag == "script" || tag == "style" || tag == "noscript" || tag == "figure";
}

const xmlNode* FindFirst(const xmlNode* n, std::string_view tag) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (Name(c) == tag) return c;
    if (const xmlNode* f = FindFirst(c->children, tag)) return f;
  }
  return nullptr;
}

// The paragraphs (and headings inside the story) under `n`, one a line.
void Paragraphs(const xmlNode* n, std::string& out) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (IsBoilerplate(tag)) continue;
    if (tag == "p" || tag == "blockquote" || tag == "li") {
      std::string text;
      AppendText(c->children, text);
      while (!text.empty() && text.back() == ' ') text.pop_back();
      size_t start = text.find_first_not_of(' ');
      if (start != std::string::npos) out += text.substr(start) + "\n\n";
      continue;
    }
    Paragraphs(c->children, out);
  }
}

// The metadata of <head>: meta tags, canonical link, <title>.
void ReadMeta(const xmlNode* n, PageMeta& meta, std::string& title_tag) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (tag == "meta") {
      std::string key = Attr(c, "property");
      if (key.empty()) key = Attr(c, "name");
      if (key.empty()) key = Attr(c, "itemprop");
      std::string content = Attr(c, "content");
      if (key == "og:title" && meta.title.empty()) meta.title = content;
      if ((key == "article:published_time" || key == "og:published_time" ||
           key == "datePublished" || key == "pubdate" || key == "date" ||
           key == "publication_date") &&
          meta.published.empty()) {
        meta.published = content;
      }
      if (key == "og:url" && meta.url.empty()) meta.url = content;
      if (key == "og:site_name" && meta.source.empty()) meta.source = content;
    } else if (tag == "link" && Attr(c, "rel") == "canonical" && meta.url.empty()) {
      meta.url = Attr(c, "href");
    } else if (tag == "title" && title_tag.empty()) {
      AppendText(c->children, title_tag);
    } else if (tag == "time" && meta.published.empty()) {
      meta.published = Attr(c, "datetime");
    }
    ReadMeta(c->children, meta, title_tag);
  }
}

}  // namespace

bool LooksLikeHtml(std::string_view data) {
  size_t start = data.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string_view::npos) return false;
  std::string head(data.substr(start, 15));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.starts_with("<!doctype html") || head.starts_with("<html");
}

Result<PageMeta> ExtractHtmlArticle(std::string_view html) {
  if (html.size() > static_cast<size_t>(INT32_MAX)) return ResourceExhausted("HTML page too large");
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
      html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc) return ParseError("not an HTML page");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return ParseError("empty HTML page");
  PageMeta meta;
  std::string title_tag;
  ReadMeta(root, meta, title_tag);
  if (meta.title.empty()) meta.title = title_tag;
  const xmlNode* story = FindFirst(root, "article");
  if (!story) story = FindFirst(root, "main");
  if (!story) story = FindFirst(root, "body");
  if (story) Paragraphs(story->children, meta.text);
  while (!meta.text.empty() && meta.text.back() == '\n') meta.text.pop_back();
  if (meta.published.size() > 10) meta.published.resize(10);  // Drop a time part.
  if (meta.text.empty()) return InvalidArgument("no article text in the HTML page");
  return meta;
}

}  // namespace dyad
