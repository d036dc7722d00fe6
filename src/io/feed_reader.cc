// RSS 2.0 and Atom feeds (libxml2): each item or entry is an article.
//
// Design: feeds carry a summary or the whole story as escaped HTML in
// <description>, <content:encoded>, <summary> or <content>; the longest of
// them is the text, its markup stripped as for a page. Dates are RFC 822
// (RSS: "Sat, 15 Mar 2025 08:30:00 GMT") or RFC 3339 (Atom).
#include "io/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "io/html_reader.h"

namespace dyad {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string Content(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::string Trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// Text from an HTML fragment: its paragraphs, or all of its text.
std::string FragmentText(const std::string& fragment) {
  if (fragment.find('<') == std::string::npos) return Trimmed(fragment);
  Result<PageMeta> page = ExtractHtmlArticle("<html><body>" + fragment + "</body></html>");
  if (page.ok()) return page->text;
  // No paragraphs: the fragment's text with its tags dropped.
  std::string out;
  bool in_tag = false;
  for (char c : fragment) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>') in_tag = false;
  }
  return Trimmed(out);
}

// "Sat, 15 Mar 2025 08:30:00 GMT" or "2025-03-15T08:30:00Z" -> "2025-03-15".
std::string FeedDate(const std::string& raw) {
  std::string s = Trimmed(raw);
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') return s.substr(0, 10);
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  size_t comma = s.find(',');
  std::string rest = comma == std::string::npos ? s : s.substr(comma + 1);
  int day = 0, year = 0;
  char month[4] = {};
  if (std::sscanf(rest.c_str(), "%d %3s %d", &day, month, &year) != 3) return "";
  for (int m = 0; m < 12; ++m) {
    if (std::strcmp(month, kMonths[m]) != 0) continue;
    if (year < 100) year += 2000;
    if (year < 1000 || year > 9999 || day < 1 || day > 31) return "";
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, m + 1, day);
    return out;
  }
  return "";
}

// One <item> or <entry>.
FeedItem ReadItem(const xmlNode* item) {
  FeedItem f;
  std::string best;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (tag == "title") {
      f.title = FragmentText(Content(c));
    } else if (tag == "link") {
      xmlChar* href = xmlGetProp(c, reinterpret_cast<const xmlChar*>("href"));
      if (href) {  // Atom: <link rel="alternate" href="..."/>.
        xmlChar* rel = xmlGetProp(c, reinterpret_cast<const xmlChar*>("rel"));
        bool alternate = !rel || std::strcmp(reinterpret_cast<char*>(rel), "alternate") == 0;
        if (alternate && f.url.empty()) f.url = reinterpret_cast<char*>(href);
        if (rel) xmlFree(rel);
        xmlFree(href);
      } else if (f.url.empty()) {
        f.url = Trimmed(Content(c));
      }
    } else if (tag == "guid" || tag == "id") {
      f.guid = Trimmed(Content(c));
    } else if (tag == "pubDate" || tag == "published" || tag == "updated" || tag == "date") {
      if (f.published.empty() || tag == "pubDate" || tag == "published") {
        std::string d = FeedDate(Content(c));
        if (!d.empty()) f.published = d;
      }
    } else if (tag == "description" || tag == "encoded" || tag == "summary" || tag == "content") {
      std::string text = FragmentText(Content(c));
      if (text.size() > best.size()) best = std::move(text);
    }
  }
  f.text = std::move(best);
  if (f.guid.empty()) f.guid = f.url;
  return f;
}

void CollectItems(const xmlNode* n, std::vector<FeedItem>& out, std::string& channel) {
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (tag == "item" || tag == "entry") {
      out.push_back(ReadItem(c));
      continue;
    }
    if (tag == "title" && channel.empty()) channel = Trimmed(Content(c));
    CollectItems(c->children, out, channel);
  }
}

}  // namespace

bool LooksLikeFeed(std::string_view data) {
  std::string_view head = data.substr(0, 512);
  return head.find("<rss") != std::string_view::npos ||
         (head.find("<feed") != std::string_view::npos &&
          head.find("http://www.w3.org/2005/Atom") != std::string_view::npos);
}

Result<std::vector<FeedItem>> ParseFeed(std::string_view xml) {
  if (xml.size() > static_cast<size_t>(INT32_MAX)) return ResourceExhausted("feed too large");
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                    XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET));
  if (!doc) return ParseError("not an XML feed");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || (Name(root) != "rss" && Name(root) != "feed" && Name(root) != "RDF")) {
    return ParseError("not an RSS or Atom feed");
  }
  std::vector<FeedItem> items;
  std::string channel;
  CollectItems(root->children, items, channel);
  for (FeedItem& f : items) f.source = channel;
  return items;
}

Article ItemArticle(FeedItem&& item, const std::string& fallback_id,
                    const std::string& default_published, const std::string& origin) {
  Article a;
  a.id = item.guid.empty() ? fallback_id : item.guid;
  a.text = std::move(item.text);
  a.title = std::move(item.title);
  a.url = std::move(item.url);
  a.source = std::move(item.source);
  a.published = item.published.empty() ? default_published : item.published;
  a.origin = origin;
  return a;
}

}  // namespace dyad
