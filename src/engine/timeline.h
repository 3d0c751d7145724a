// The year of a day written without one, from the dates around it, when
// the text has no reference.
#ifndef TAQVIM_SRC_ENGINE_TIMELINE_H
#define TAQVIM_SRC_ENGINE_TIMELINE_H

#include <taqvim/extract.h>

#include <cstddef>
#include <vector>

#include "engine/join.h"
#include "grammar/expression.h"
#include "resolve/resolve.h"

namespace taqvim {
namespace engine {

// How far before a day without its year the date that gives its year may
// stand, and how far after it (source bytes); a document_stream reads
// more than the first again, and keeps more than the second ahead.
constexpr std::size_t document_year_before = 1024;
constexpr std::size_t document_year_after = 512;

// ۱۶ تا ۲۲ مهرماه ۱۴۰۱ … ۱۸ مهر: كودك، رسانه: in a text with neither a
// reference nor a publication line, a day or month without its year (m,
// unresolved, read from found[n]) is in the year of the nearest date
// written with its year in the same calendar, before it (in `read`), else
// after it (in found); a year alone counts too (سال ۹۶). Returns that
// year in m's calendar, or 0.
int document_year(const document& d, const std::vector<read_match>& read, const std::vector<grammar::expression>& found,
                  std::size_t n, const match& m, const resolve::context& c);

// ۱۸ مهر in a text of no reference, or شنبه، سوم دی whose weekday the
// reference's nearest year belies (flagged, or moved more than half a year
// off the reference to a year it fits): m (read from found[n]) in
// the year document_year gives, when it gives one, the day is said as a
// day (its weekday agreeing, if written) and is no name nor named day;
// then sighted is the Hijri day the text pinned, if any.
bool year_of_text(const document& d, const std::vector<read_match>& read, const std::vector<grammar::expression>& found,
                  std::size_t n, const resolve::context& c, match& m, resolve::pin& sighted);

// دارالفنون در ربیع الاول ۱۲۶۸ هجری قمری … تا سال ۱۲۶۹ ادامه داشت: in
// Persian a year of the 1200s with no era, a little after a lunar Hijri one
// the text wrote with its era or month (`lunar_year`, 0 for none: Qajar
// history), is lunar too; Persian marks the Solar Hijri years of that age
// (شمسی) where it counts in both. Returns p, so read if so.
grammar::expression lunar_like_before(const grammar::expression& p, int lunar_year) noexcept;

}  // namespace engine
}  // namespace taqvim

#endif
