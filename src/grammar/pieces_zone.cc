// Written zones after a clock time: a zone's name, GMT with its offset, and local time.
#include "grammar/grammar.h"

#include <algorithm>

namespace taqvim {
namespace grammar {

// بتوقيت مكة المكرمة, به وقت تهران, GMT, GMT+3, UTC-04:30 after a clock time.
// Returns the token after it, or i when there is none.
std::size_t grammar::written_zone(std::size_t i, expression& p) const {
  // 13:25 (غرينتش), الرابعة عصرًا "بتوقيت الدوحة", الساعة الرابعة (ت.غ+3), 04:00 (GMT+3): the zone in brackets or quotes.
  const auto quote = [&](std::size_t k) { return punct(k, '"') || punct(k, 0); };
  if ((punct(i, '(') || quote(i)) && entry_of(i + 1, kind::zone)) {
    expression z;
    if (const std::size_t k = written_zone(i + 1, z); k > i + 1 && (punct(i, '(') ? punct(k, ')') : quote(k))) {
      p.zone = z.zone;
      p.zone_offset = z.zone_offset;
      return k + 1;
    }
  }
  // السادسة مساء (18:00) بتوقيت مصر: the hour told again in figures in brackets, then the zone of both.
  if (p.hour >= 0 && punct(i, '(') && number(i + 1) && (punct(i + 2, ':') || punct(i + 2, '.')) && number(i + 3) && punct(i + 4, ')') &&
      t_[i + 1].value % 12 == static_cast<unsigned>(p.hour) % 12 && zone_at(i + 5))
    if (const std::size_t k = written_zone(i + 5, p); k > i + 5) return k;
  // الساعة 00:19 (مكة المكرمة): a city alone in brackets after a clock, its zone (the stamps of Al Jazeera's archive).
  if (bool city = false; punct(i, '(') && p.hour >= 0) {
    std::size_t e = 0;
    if (const int zone = place_at(i + 1, city, &e); zone >= 0 && city && punct(e, ')')) {
      p.zone = zone;
      return e + 1;
    }
  }
  // Tue, 25 Feb 2025 19:31:32 +0000: a feed's or a server's stamp, the
  // offset in four digits after the seconds, a blank between.
  if (p.second >= 0 && !touching(i) && (punct(i, '+') || punct(i, '-')) && number(i + 1) && touching(i + 1) &&
      t_[i + 1].digits == 4) {
    std::size_t k = i;
    const int offset = utc_offset(k);
    if (offset != expression::no_offset && !number(k) && !(punct(k, ':') && touching(k))) {
      p.zone_offset = offset;
      return k;
    }
  }
  // ۱۵:۲۸ +۲ گرینویچ: the offset before the word for GMT.
  if ((punct(i, '+') || punct(i, '-')) && number(i + 1) && touching(i + 1)) {
    std::size_t k = i;
    const int offset = utc_offset(k);
    const auto* g = entry_of(k, kind::zone);
    if (offset != expression::no_offset && g && lexicon::zone_name(g->value) == "UTC") {
      p.zone = g->value;
      p.zone_offset = offset;
      return k + 1;
    }
  }
  // الساعة 10:16 مساء الخميس، بتوقيت السعودية: a comma before the zone.
  // 06:50 م / بتوقيت القدس, ( 04:05 م - بتوقيت UTC ): a slash or a dash before it too.
  if ((punct(i, ',') || punct(i, '/') || dash(i)) && zone_at(i + 1)) return written_zone(i + 1, p);
  // شهریور ۲۴, ۱۴۰۰ ۲۰:۰۴ Asia/Dushanbe: a site's stamp with its zone's IANA
  // name (one of the zones the lexicon names).
  if (i + 2 < n_ && t_[i].t == type::word && punct(i + 1, '/') && touching(i + 1) && touching(i + 2) && t_[i + 2].t == type::word &&
      static_cast<unsigned char>(s_[t_[i].begin]) < 0x80) {
    const std::string_view name = s_.substr(t_[i].begin, t_[i + 2].end - t_[i].begin);
    for (int k = 0; !lexicon::zone_name(k).empty(); ++k) {
      const std::string_view x = lexicon::zone_name(k);
      if (x.size() == name.size() && std::equal(x.begin(), x.end(), name.begin(), [](char a, char b) {
            return (a | 0x20) == (b | 0x20);
          })) {
        p.zone = k;
        return i + 3;
      }
    }
  }
  const auto* z = zone_at(i) ? entry_of(i, kind::zone) : nullptr;
  if (!z) {
    const std::size_t k = timing_place(i, p);
    return k != i ? k : local_time(i, p);
  }
  p.zone = z->value;
  std::size_t j = i + 1;
  // بتوقيت القاهرة المحلي: the city's local time.
  if (j < n_ && t_[j].t == type::word && s_.substr(t_[j].begin, t_[j].end - t_[j].begin) == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xDB\x8C")
    ++j;
  // (16:00 غرينيتش +1: a blank before the sign, the sign on its hours.)
  if (lexicon::zone_name(z->value) == "UTC" && (punct(j, '+') || punct(j, '-')) && (touching(j) || (number(j + 1) && touching(j + 1)))) {
    std::size_t k = j;
    const int offset = utc_offset(k);
    if (offset != expression::no_offset) {
      p.zone_offset = offset;
      j = k;
    }
  } else if (std::size_t k = j + 1; lexicon::zone_name(z->value) == "UTC" && punct(j, '(') && (punct(k, '+') || punct(k, '-'))) {
    // GMT (+3 ): the offset in brackets after the word.
    if (const int offset = utc_offset(k); offset != expression::no_offset && punct(k, ')')) {
      p.zone_offset = offset;
      j = k + 1;
    }
  }
  return j;
}

// الساعة 9.50 مساء بالتوقيت المحلي, حسب التوقيت المحلي, ساعت ۷ به وقت محلی:
// the local time of the place written right after the words (في غزة, در
// کابل) or, else, of the nearest one before the clock (انفجاران يهزان
// العاصمة الأفغانية كابل … الساعة 9.50 مساء بالتوقيت المحلي). With the same
// moment in brackets after it (… بالتوقيت المحلي (20:59 ت غ)) the bracket
// says it (time_part). Returns the token after the words, or i.
std::size_t grammar::local_time(std::size_t i, expression& p) const {
  constexpr std::string_view local_ar = "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xDB\x8C",  // المحلی
      timing = "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD9\x82\xDB\x8C\xD8\xAA",              // التوقیت
      local_fa = "\xD9\x85\xD8\xAD\xD9\x84\xDB\x8C", time_fa = "\xD9\x88\xD9\x82\xD8\xAA";  // محلی, وقت
  std::size_t k = punct(i, ',') ? i + 1 : i, e = 0;
  const bool open = punct(k, '(');
  if (open) ++k;
  if (word_is(k, "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAA\xD9\x88\xD9\x82\xDB\x8C\xD8\xAA") && word_is(k + 1, local_ar))  // بالتوقیت
    e = k + 2;
  else if ((word_is(k, "\xD8\xAD\xD8\xB3\xD8\xA8") || word_is(k, "\xD8\xA8\xD8\xAD\xD8\xB3\xD8\xA8") ||  // حسب, بحسب
            word_is(k, "\xD9\x88\xD9\x81\xD9\x82")) && word_is(k + 1, timing) && word_is(k + 2, local_ar))       // وفق
    e = k + 3;
  else if (word_is(k, "\xD8\xA8\xD9\x87") && word_is(k + 1, time_fa) && word_is(k + 2, local_fa))  // به وقت محلی
    e = k + 3;
  else if ((word_is(k, time_fa) || word_is(k, "\xD8\xA8\xD9\x88\xD9\x82\xD8\xAA")) && word_is(k + 1, local_fa))  // وقت, بوقت
    e = k + 2;
  if (!e || (open && !punct(e, ')'))) return i;
  if (open) ++e;
  if (punct(e, '(') && number(e + 1)) return i;  // the same moment in brackets: time_part reads it
  bool city = false;
  const auto place = [&](std::size_t x) { return place_at(x, city); };
  int zone = -1;
  for (std::size_t x = e; x < e + 3 && x < n_ && zone < 0 && t_[x].t != type::newline && t_[x].t != type::punct; ++x)
    zone = place(x);  // في غزة, للعاصمة بغداد
  // The nearest city before the clock, else the nearest country.
  int country = -1;
  for (std::size_t x = i; zone < 0 && x > 0 && t_[i].begin - t_[x - 1].begin <= local_place_reach; --x) {
    const int z = place(x - 1);
    if (z >= 0 && city) zone = z;
    else if (z >= 0 && country < 0) country = z;
  }
  if (zone < 0) zone = country;
  if (zone >= 0 && p.zone < 0 && p.zone_offset == expression::no_offset) p.zone = zone;
  return e;
}

// 22:42 (توقيت القدس), الساعة 8 توقيت بغداد, بتوقيت نواكشوط, ۲۱:۳۰ (وقت
// تهران): the word for "time", with or without ب, and a city or country of
// data/lexicon/places.txt (those of zones.txt are read above), in brackets or
// not. Returns the token after it, or i.
std::size_t grammar::timing_place(std::size_t i, expression& p) const {
  const bool open = punct(i, '(');
  const std::size_t k = open ? i + 1 : i;
  if (k >= n_ || t_[k].t != type::word) return i;
  std::string_view w = s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  if (w.size() > 6 && w.substr(0, 2) == "\xD8\xA8") w.remove_prefix(2);  // ب
  if (w != "\xD8\xAA\xD9\x88\xD9\x82\xDB\x8C\xD8\xAA" && w != "\xD9\x88\xD9\x82\xD8\xAA") return i;  // توقیت (folded), وقت
  bool city = false;
  std::size_t e = 0;
  const int zone = place_at(k + 1, city, &e);
  if (zone < 0 || (open && !punct(e, ')'))) return i;
  if (p.zone < 0 && p.zone_offset == expression::no_offset) p.zone = zone;
  return open ? e + 1 : e;
}

// The zone of the place (data/lexicon/places.txt) that starts at token x,
// also after ل or ب (لكابل); -1 when none. city tells a city or province
// from a country.
int grammar::place_at(std::size_t x, bool& city, std::size_t* after) const {
  if (x >= n_ || (t_[x].t != type::word && t_[x].t != type::lex)) return -1;
  std::size_t length = 0;
  for (std::size_t skip : {std::size_t{0}, std::size_t{2}}) {
    if (skip && !(t_[x].end - t_[x].begin > 6 && (s_.compare(t_[x].begin, 2, "\xD9\x84") == 0 || s_.compare(t_[x].begin, 2, "\xD8\xA8") == 0)))
      continue;
    const int zone = lexicon::place_zone(s_.substr(t_[x].begin + skip), length, city);
    if (zone < 0) continue;
    // It ends where a token does (not the start of a longer word).
    for (std::size_t y = x; y < n_ && t_[y].begin < t_[x].begin + skip + length + 1; ++y)
      if (t_[y].end == t_[x].begin + skip + length) {
        if (after) *after = y + 1;
        return zone;
      }
  }
  return -1;
}

// +3, -04:30, +0330 at token i (a sign touching its digits); the offset in
// minutes, i moved past it, or no_offset.
int grammar::utc_offset(std::size_t& i) const {
  if (!(punct(i, '+') || punct(i, '-')) || !number(i + 1) || !touching(i + 1)) return expression::no_offset;
  const int sign = t_[i].punct == '-' ? -1 : 1;
  const token& n = t_[i + 1];
  int h = 0, m = 0;
  std::size_t j = i + 2;
  if (n.digits <= 2) {
    h = static_cast<int>(n.value);
    if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && t_[j + 1].digits == 2) {
      m = static_cast<int>(t_[j + 1].value);
      j += 2;
    }
  } else if (n.digits == 4) {
    h = static_cast<int>(n.value / 100);
    m = static_cast<int>(n.value % 100);
  } else {
    return expression::no_offset;
  }
  if (h > 14 || m > 59) return expression::no_offset;
  i = j;
  return sign * (h * 60 + m);
}

}  // namespace grammar
}  // namespace taqvim
