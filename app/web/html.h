// HTML pieces every page uses: escaping, the page frame, links to
// documents and the Vietnamese names of relations and states.
#ifndef VANBAN_APP_WEB_HTML_H_
#define VANBAN_APP_WEB_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "vanban/queries.h"
#include "web/handlers.h"

namespace vanban::web::internal {

// & < > " ' as character references: safe in text and in quoted attributes.
std::string Escape(std::string_view text);
// Percent-encoding of a query parameter's value (RFC 3986 unreserved kept).
std::string UrlEncode(std::string_view text);
// "?a=1&b=2" from the non-empty values, encoded, "&" escaped for HTML.
std::string QueryString(const Params& params);

// The whole page: head, navigation, `body` (HTML), footer.
std::string PageFrame(std::string_view title, std::string_view body);
Response HtmlPage(std::string_view title, std::string_view body, int status = 200);

std::string DocumentHref(store::DocumentId id);
// The number, or for a document without one its type, issuer and short title.
std::string ShortLabel(const store::DocumentSummary& d);
// A link to the document's page (its ShortLabel), with its date and issuer after it.
std::string DocumentLink(const store::DocumentSummary& d);
std::string DocumentLinkWithDetails(const store::DocumentSummary& d);

// "Căn cứ", "Thực hiện" ...; `incoming` for the other direction ("Được thực hiện bởi").
std::string_view RelationLabel(std::string_view relation, bool incoming);
// "Quá hạn", "Sắp đến hạn", "Chưa đến hạn", "Không có hạn".
std::string_view StatusLabel(std::string_view status);
// "Kế hoạch" for "KH"; the code itself when not known.
std::string TypeName(std::string_view type);
// Agencies' names joined with "; ".
std::string AgencyNames(const std::vector<extractor::Agency>& agencies);
// A search snippet, escaped, its [matched] words in <mark>.
std::string SnippetHtml(std::string_view snippet);
// The first `max_chars` characters of a UTF-8 text, with "…" when cut.
std::string Shorten(std::string_view text, size_t max_chars);

}  // namespace vanban::web::internal

#endif  // VANBAN_APP_WEB_HTML_H_
