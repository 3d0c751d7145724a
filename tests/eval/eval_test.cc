// The extractor, in-process, against the gold cases of the evaluation,
// scored by the rules of score.py.
#include <catch2/catch.hpp>

#include <taqvim/extract.h>

#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "../support.h"
#include "score.h"

namespace {

using namespace test::eval;

struct run {
  scores s;
  std::vector<score_error> errors;
};

run extract_and_score(const std::string& file) {
  const std::vector<gold_case> gold = read_gold(test::data_path(file));
  REQUIRE(!gold.empty());
  std::vector<prediction> predictions;
  for (const gold_case& c : gold) {
    INFO(file << ": " << c.id);
    taqvim::extract_options options;
    if (c.reference) {
      options.reference = taqvim::reference_time::parse(*c.reference);
      REQUIRE(options.reference);
    }
    if (c.tz) options.tz = *c.tz;
    if (c.lang) options.lang = *c.lang;
    prediction p{c.id, {}};
    std::size_t last_end = 0;
    for (const taqvim::match& m : taqvim::extract(c.text, options)) {
      // What extract.h promises, checked where the text is real.
      CHECK(m.begin < m.end);
      CHECK(m.end <= c.text.size());
      CHECK(m.begin >= last_end);
      last_end = m.end;
      predicted_match pm;
      pm.start = static_cast<long long>(m.begin);
      pm.end = static_cast<long long>(m.end);
      pm.value = taqvim::format_value(m);
      p.matches.push_back(pm);
    }
    predictions.push_back(std::move(p));
  }
  run r;
  r.s = score(gold, predictions, &r.errors);
  std::cout << "== " << file << "\n" << to_text(r.s);
  for (const score_error& e : r.errors) {
    std::cout << "   " << e.id << ' ' << e.what << ' ' << e.text << ' ' << e.detail << '\n';
  }
  return r;
}

}  // namespace

TEST_CASE("eval: seeds.jsonl, every gold date and nothing else", "[eval]") {
  const run r = extract_and_score("seeds.jsonl");
  CHECK(r.s.bad_offsets == 0);
  CHECK(r.s.false_positives == 0);
  CHECK(r.s.found == r.s.gold);
  CHECK(r.s.right == r.s.gold);
  REQUIRE(r.s.trap_hits == 0);
  REQUIRE(r.s.strict_f1 >= 0.95);
}

TEST_CASE("eval: dev.jsonl", "[eval]") {
  const run r = extract_and_score("dev.jsonl");
  CHECK(r.s.bad_offsets == 0);
  REQUIRE(r.s.trap_hits == 0);
  REQUIRE(r.s.strict_f1 >= 0.98);
}

// Real sentences from Persian (Iranian and Afghan) and Arabic (Gulf,
// Egyptian, Levantine, Iraqi, Maghrebi) news pages, annotated by hand
// (tests/data/realtext/README.md). The floor is the goal, strict F1 0.95;
// the goal beyond it is no trap hit (docs/accuracy.md says which remain).
TEST_CASE("eval: realtext/fa.jsonl, Persian news of Iran and Afghanistan", "[eval][realtext]") {
  const run r = extract_and_score("realtext/fa.jsonl");
  CHECK(r.s.bad_offsets == 0);
  CHECK(r.s.cases >= 500);
  REQUIRE(r.s.strict_f1 >= 0.95);
}

TEST_CASE("eval: realtext/ar.jsonl, Arabic news of five regions", "[eval][realtext]") {
  const run r = extract_and_score("realtext/ar.jsonl");
  CHECK(r.s.bad_offsets == 0);
  CHECK(r.s.cases >= 500);
  REQUIRE(r.s.strict_f1 >= 0.95);
}

// Real sentences gathered for the families added after the two sets above
// (ranges of months, halves and quarters, first and last days, eves, a part
// of the day with a clock, منذ), annotated before the extractor read them.
TEST_CASE("eval: realtext/new-families.jsonl, Persian and Arabic", "[eval][realtext]") {
  const run r = extract_and_score("realtext/new-families.jsonl");
  CHECK(r.s.bad_offsets == 0);
  CHECK(r.s.cases >= 70);
  CHECK(r.s.trap_hits == 0);
  REQUIRE(r.s.strict_f1 >= 0.95);
}

// Fresh sentences from news pages none of the sets above drew on, gathered and
// annotated in one sitting before the extractor read them; then the families
// they showed were added (tests/data/realtext/ar2-notes.md, fa2-notes.md).
// Their first scores: strict F1 0.888 (ar2) and 0.875 (fa2). Four more fresh
// sets made the same way a round later (ar3-notes.md … fa4-notes.md). First
// scores: 0.791 (ar3), 0.885 (fa3), 0.781 (ar4), 0.913 (fa4); ar5 and fa5, a
// round later still: 0.897 and 0.914; ar6 and fa6 (60 cases each) 0.890 and
// 0.915; ar7 and fa7 (50 each) 0.930 and 0.959; ar8 and fa8 (50 each, later the
// same session) 0.960 and 0.929; ar9 and fa9 (50 each, archives and analysis)
// 0.950 and 0.928; ar10 and fa10 (40 each, statements, courts, deadlines) 0.885
// and 0.912; ar11 and fa11 (40 each, pages with tricky formats) 0.891 and
// 0.946; ar12 and fa12 (40 each, sports, markets, weather, schedules, religious
// notices) 0.877 and 0.946; ar13 and fa13 (40 each, history, biography,
// timetables, reports) 0.843 and 0.829; ar14 and fa14 (45 and 47: clock times,
// cuts and curfews, courts, funerals, holidays with twins) 0.846 and 0.903;
// ar15 and fa15 (45 and 47: politics, markets, culture, weather, sports) 0.975
// and 0.942; ar16 and fa16 (47 and 45: courts, security, exams, Hijri-first
// decrees, archives) 0.930 and 0.971; ar17 and fa17 (38 and 40: everyday news
// from sites no set drew on before) 0.909 and 0.938; ar18 and fa18 (42 and 40:
// foreign news, analysis, anniversaries, tech) 0.894 and 0.910; ar19 and fa19
// (100 and 87: Maghrebi, Iraqi, Gulf and Yemeni sites; a third of fa19 Afghan)
// 0.798 and 0.918; ar20 and fa20 (100 and 97: Egyptian, Levantine, Saudi and
// Emirati sites; Iranian agencies and a quarter Afghan) 0.876 and 0.923; ar21
// and fa21 (90 and 88: everyday news from twenty Arab countries; a third of
// fa21 Afghan) 0.951 and 0.965; ar22 and fa22 (60 and 61, the session's last,
// everyday news again) 0.901 and 0.844; ar23 and fa23 (62 and 63: sports
// fixtures with zones, markets, weather, exams, courts and decrees; a quarter
// of fa23 Afghan) 0.870 and 0.935; ar24 and fa24 (65 and 71: anniversaries,
// obituaries, book fairs and festivals, Hajj, health notices; a quarter of fa24
// Afghan) 0.934 and 0.957; ar25 and fa25 (68 and 55: parliaments, elections,
// police, statements, page stamps; a third of fa25 Afghan) 0.952 and 0.982;
// ar26 and fa26 (59 and 55: weather, quakes, accidents, water and power cuts,
// exams; Sudan to the Comoros; a quarter of fa26 Afghan) 0.874 and 0.943; ar27
// and fa27 (60 and 60: central banks, fuel prices, salaries, holidays, Ramadan
// timetables, deadlines, markets; a third of fa27 Afghan) 0.908 and 0.922; ar28
// and fa28 (60 and 60: festivals, books, TV, schools and exams, biographies
// with their years, memorials; a third of fa28 Afghan) 0.866 and 0.918; ar29
// and fa29 (58 and 60: summits, ceasefires, chronologies, flights and
// crossings; a third of fa29 Afghan) 0.898 and 0.928; ar30 and fa30 (60 and 59:
// astronomy, weather, outbreaks, launches, outages, clock changes; a third of
// fa30 Afghan) 0.839 and 0.887; ar31 and fa31 (55 and 53: road closures, bills,
// offices, timetables, shop hours, courts, councils; a quarter of fa31 Afghan)
// 0.841 and 0.820; ar32 and fa32 (55 and 55: fixtures, kick-offs with their
// zones, results, seasons, transfer windows; a third of fa32 Afghan) 0.827 and
// 0.956; ar33 and fa33 (55 and 55: moon sighting, Hajj, Ramadan and Eid,
// funerals, anniversaries, church feasts; a third of fa33 Afghan) 0.904 and
// 0.944; ar34 and fa34 (55 and 55: courts, police, accidents; fiscal periods,
// IPOs, prices, launches; a third of fa34 Afghan) 0.906 and 0.949; ar35 and
// fa35 (55 and 55: parliaments, elections, decrees, national days; schools,
// konkur, exam timetables, closures; a third of fa35 Afghan) 0.893 and 0.891;
// ar36 and fa36 (50 and 50: "on this day" pages, anniversaries with their first
// dates, lifespans, reigns, centuries; a third of fa36 Afghan) 0.884 and 0.918;
// ar37 and fa37 (50 and 50: a news site's front page, datelines, stamps,
// curfews, widgets; a third of fa37 Afghan) 0.938 and 0.947; ar38 and fa38 (50
// and 50: wars and ceasefires, refugees and returns, jobs, pay days and
// strikes; a third of fa38 Afghan) 0.952 and 0.918; ar39 and fa39 (50 and 50:
// tenders, service cuts, funerals, local crime and school notices; a third of
// fa39 Afghan) 0.930 and 0.961; ar40 and fa40 (50 and 50: fixtures and their
// schedules, kick-offs in zones, results, transfers; a third of fa40 Afghan)
// 0.879 and 0.868; ar41 and fa41 (50 and 50: vaccination, hospitals and their
// visiting hours, outbreaks, forecasts, heat waves, earthquakes; a third of
// fa41 Afghan) 0.887 and 0.954; ar42 and fa42 (40 and 40: results by quarter,
// markets, central banks, fairs, launches; a third of fa42 Afghan) 0.954 and
// 0.966; ar43 and fa43 (45 and 42: exams, school calendars, flights, trains,
// roads and crossings; a third of fa43 Afghan) 0.844 and 0.973; ar44 and fa44
// (44 and 43: festivals, broadcasts, religious occasions, funerals and
// memorials; a third of fa44 Afghan) 0.853 and 0.896; ar45 and fa45 (45 and 44:
// summits and visits, elections, parliaments, decrees, courts; a third of fa45
// Afghan) 0.942 and 0.929; ar46 and fa46 (45 and 40: fixtures, schedules,
// transfer windows, tournaments; a third of fa46 Afghan) 0.918 and 0.938; ar47
// and fa47 (43 and 40: regional and provincial news of every kind; a third of
// fa47 Afghan) 0.938 and 0.961; ar48 and fa48 (47 and 40: markets, central
// banks, fuel and prices, harvests, wages, budgets; a third of fa48 Afghan)
// 0.941 and 0.891; ar49 and fa49 (45 and 40: roads, bridges, metro and rail,
// housing, dams and power plants with their timelines; a third of fa49 Afghan)
// 0.910 and 0.921; ar50 and fa50 (44 and 40: forecasts and warnings with their
// periods, storms, floods, earthquakes with their clocks, closures, seasons and
// eclipses; a third of fa50 Afghan) 0.943 and 0.903; ar51 and fa51 (45 and 40:
// holiday decrees with their first, last and resumption days, Hijri twins,
// working hours and school calendars; a third of fa51 Afghan) 0.844 and 0.815;
// ar52 and fa52 (45 and 43: consular services, visas, residency and migration,
// Arbaeen and Hajj registration; a third of fa52 Afghan) 0.898 and 0.824; ar53
// and fa53 (44 and 39: launches, eclipses, equinoxes, crescent sightings and
// the new-year moment; a third of fa53 Afghan) 0.852 and 0.943; ar54 and fa54
// (45 and 43: fishing bans and seasons, harvests and purchase windows,
// livestock markets and food fairs; a third of fa54 Afghan) 0.932 and 0.985;
// ar55 and fa55 (45 and 45: internet cuts in exams, maintenance windows, power
// and water cut tables, launches; a third of fa55 Afghan) 0.837 and 0.921; ar56
// and fa56 (44 and 44: pay days, pensions, subsidy cycles and recurring pay
// rules; 40% of fa56 Afghan) 0.879 and 0.840; ar57 and fa57 (44 and 42: prayer-
// time tables, the start of Ramadan and the Eids, Qadr nights, Ashura; a third
// of fa57 Afghan) 0.834 and 0.854; ar58 and fa58 (49 and 47: flights, trains,
// border crossings and bridges, road closures, Hajj and Umrah travel; 59% of
// ar58 Maghrebi, Iraqi or Sudanese, a third of fa58 Afghan) 0.828 and 0.930;
// ar59 and fa59 (48 and 40: trials and adjournments, verdicts, arrests,
// pardons, judicial holidays; 44% of ar59 Maghrebi, Iraqi or Sudanese, 15 of
// fa59's 40 cases Afghan) 0.916 and 0.905; ar60 and fa60 (53 and 45:
// vaccination campaigns, epidemics, hospitals, blood drives, drug prices; 49%
// of ar60 Maghrebi, Iraqi or Sudanese, 20 of fa60's 45 cases Afghan) 0.942 and
// 0.906; ar61 and fa61 (48 and 43: power and water cuts, load-shedding hours,
// fuel prices and rationing, gas supply; 58% of ar61 Maghrebi, Iraqi or
// Sudanese, 17 of fa61's 43 cases Afghan) 0.951 and 0.910; ar62 and fa62 (48
// and 46: weather warnings, storms and floods, heat, school closures; 27% of
// ar62 Maghrebi, Iraqi or Sudanese, 15 of fa62's 46 cases Afghan) 0.939 and
// 1.0; ar63 and fa63 (47 and 46: recruitment exams, admissions and registration
// windows, results; 30% of ar63 Maghrebi, Iraqi or Sudanese, 17 of fa63's 46
// cases Afghan) 0.931 and 0.911; ar64 and fa64 (48 and 42: municipal decisions,
// shop hours, road works, permits and fines; a third of ar64 Maghrebi, Iraqi or
// Sudanese, 17 of fa64's 42 cases Afghan) 0.949 and 0.957; ar65 and fa65 (54
// and 46: festivals, exhibitions, book fairs, concerts and competitions; a
// quarter of ar65 Maghrebi, 16 of fa65's 46 cases Afghan) 0.943 and 0.905; ar66
// and fa66 (47 and 44: stock exchanges, central banks, prices, bond auctions
// and tax deadlines, their figures as traps; a third of ar66 Maghrebi, 17 of
// fa66's 44 cases Afghan) 0.937 and 0.918; ar67 and fa67 (47 and 45: housing
// projects, land, rents and loans, permits, collapsed buildings; 13 of ar67
// Maghrebi, 18 of fa67's 45 cases Afghan) 0.929 and 0.959; ar68 and fa68 (51
// and 45: dams, water cuts, drought, pollution, environmental days; 15 of ar68
// Maghrebi, 17 of fa68's 45 cases Afghan) 0.924 and 0.921; ar69 and fa69 (47
// and 42: funerals, obituaries, anniversaries and mourning; 16 of ar69
// Maghrebi, 14 of fa69's 42 cases Afghan) 0.939 and 0.889; ar70 and fa70 (46
// and 41: pilgrims' flights, airports, tourist seasons, visas; 14 of ar70
// Maghrebi, 15 of fa70's 41 cases Afghan) 0.945 and 0.932; ar71 and fa71 (43
// and 44: strikes, sit-ins, protests; 13 of ar71 Maghrebi, 15 of fa71's 44
// cases Afghan) 0.934 and 0.952; ar72 and fa72 (47 and 47: accidents, fires,
// earthquakes, floods; 13 of ar72 Maghrebi, 17 of fa72's 47 cases Afghan) 0.993
// and 1.0; ar73 and fa73 (54 and 45: Arabic outlets covering Iran and
// Afghanistan, Persian foreign news; 16 of fa73's 45 cases Afghan) 0.847 and
// 0.921; ar74 and fa74 (45 and 46: international and exile outlets; 15 of ar74
// Maghrebi, 21 of fa74's 46 cases Afghan) 0.892 and 0.898; ar75 and fa75 (51
// and 45: broadcasting, schedules and programme names; 18 of ar75 Maghrebi, 17
// of fa75's 45 cases Afghan) 0.931 and 0.852; ar76 and fa76 (48 and 45:
// attacks, curfews, ceasefires, the military; 14 of ar76 Maghrebi, 19 of fa76's
// 45 cases Afghan) 0.897 and 0.864; ar77 and fa77 (53 and 48: universities,
// research, archaeology; 18 of ar77 Maghrebi, 16 of fa77's 48 cases Afghan)
// 0.921 and 0.883; ar78 and fa78 (48 and 42: society and family, pardons,
// charity, missing persons; 18 of ar78 Maghrebi, 17 of fa78's 42 cases Afghan)
// 0.954 and 0.859; ar79 and fa79 (46 and 43: opinion and analysis retelling
// past events; 18 of ar79 Maghrebi, 16 of fa79's 43 cases Afghan) 0.905 and
// 0.909; ar80 and fa80 (45 and 44: business and company news; 17 of ar80
// Maghrebi, 16 of fa80's 44 cases Afghan) 0.899 and 0.875; ar81 and fa81 (45
// and 45: laws, decrees, gazettes and parliaments; 20 of ar81 Maghrebi, 17 of
// fa81's 45 cases Afghan) 0.939 and 0.946; ar82 and fa82 (45 and 45: education,
// exams and admissions; 19 of ar82 Maghrebi, 16 of fa82's 45 cases Afghan)
// 0.867 and 0.875; ar83 and fa83 (45 and 45: wire briefs and breaking news; 20
// of ar83 Maghrebi, 16 of fa83's 45 cases Afghan) 0.940 and 0.944; ar84 and
// fa84 (45 and 45: sports fixtures, kick-off times, tournaments; 17 of ar84
// Maghrebi, 16 of fa84's 45 cases Afghan) 0.836 and 0.792; ar85 and fa85 (45
// and 45: science, technology and space; 18 of ar85 Maghrebi, 16 of fa85's 45
// cases Afghan) 0.821 and 0.895; ar86 and fa86 (45 and 45: agriculture, food
// and fisheries; 17 of ar86 Maghrebi, 16 of fa86's 45 cases Afghan) 0.883 and
// 0.958; ar87 and fa87 (45 and 45: transport and traffic; 23 of ar87 Maghrebi,
// 16 of fa87's 45 cases Afghan) 0.842 and 0.836; ar88 and fa88 (45 and 45:
// crime, police and courts; 16 of ar88 Maghrebi, 17 of fa88's 45 cases Afghan)
// 0.896 and 0.929; ar89 and fa89 (45 and 45: religion, pilgrimage and
// endowments; 18 of ar89 Maghrebi, 18 of fa89's 45 cases Afghan) 0.836 and
// 0.852; ar90 and fa90 (45 and 45: elections, parliaments and parties; 20 of
// ar90 Maghrebi, 17 of fa90's 45 cases Afghan) 0.782 and 0.856; ar91 and fa91
// (45 and 45: official notices, tenders, deadlines and announced holidays; 19
// of ar91 Maghrebi, 17 of fa91's 45 cases Afghan) 0.829 and 0.795; ar92 and
// fa92 (45 and 45: history, anniversaries and biographies; 25 of ar92 Maghrebi,
// 22 of fa92's 45 cases Afghan) 0.902 and 0.787; ar93 and fa93 (45 and 45:
// diplomacy, summits and treaties; 19 of ar93 Maghrebi, 22 of fa93's 45 cases
// Afghan) 0.931 and 0.953; ar94 and fa94 (45 and 45: salaries, pensions,
// subsidies and their payment dates; 24 of ar94 Maghrebi, 21 of fa94's 45 cases
// Afghan) 0.855 and 0.903; ar95 and fa95 (45 and 45: technology, telecom and
// the internet; 24 of ar95 Maghrebi, 22 of fa95's 45 cases Afghan) 0.931 and
// 0.908; ar96 and fa96 (45 and 45: aviation, airports and flights; 23 of ar96
// Maghrebi, 21 of fa96's 45 cases Afghan) 0.823 and 0.972; ar97 and fa97 (45
// and 45: banking, currency and exchange rates; 22 of ar97 Maghrebi, 20 of
// fa97's 45 cases Afghan) 0.911 and 0.867; ar98 and fa98 (45 and 45: ports,
// shipping, customs and foreign trade; 22 of ar98 Maghrebi, 20 of fa98's 45
// cases Afghan) 0.891 and 0.973; ar99 and fa99 (45 and 45: military and
// defence; 26 of ar99 Maghrebi, 20 of fa99's 45 cases Afghan) 0.923 and 0.914;
// ar100 and fa100 (45 and 45: water, dams, drought and water cuts; 24 of ar100
// Maghrebi, 20 of fa100's 45 cases Afghan) 0.867 and 0.857; ar101 and fa101 (45
// and 45: tourism, hotels and the travel season; 17 of ar101 Maghrebi, 20 of
// fa101's 45 cases Afghan) 0.851 and 0.855; ar102 and fa102 (45 and 45: cinema,
// theatre, music and their festivals; 26 of ar102 Maghrebi, 17 of fa102's 45
// cases Afghan) 0.884 and 0.894; ar103 and fa103 (45 and 45: earthquakes,
// floods, storms, fires and disaster relief; 25 of ar103 Maghrebi, 18 of
// fa103's 45 cases Afghan) 0.884 and 0.946; ar104 and fa104 (45 and 45: exams,
// results and admissions; 23 of ar104 Maghrebi, 17 of fa104's 45 cases Afghan)
// 0.936 and 0.895; ar105 and fa105 (45 and 45: parliaments, cabinets, decrees
// and gazettes; 25 of ar105 Maghrebi, 19 of fa105's 45 cases Afghan) 0.902 and
// 0.969; ar106 and fa106 (45 and 45: astronomy, crescent sighting, eclipses and
// prayer times; 25 of ar106 Maghrebi, 16 of fa106's 45 cases Afghan) 0.778 and
// 0.784; ar107 and fa107 (45 and 45: labour, strikes, unions, pensions and pay
// days; 20 of ar107 Maghrebi, 20 of fa107's 45 cases Afghan) 0.916 and 0.904;
// ar108 and fa108 (45 and 45: prisons, pardons, amnesties, trials and hearings;
// 23 of ar108 Maghrebi, 22 of fa108's 45 cases Afghan) 0.930 and 0.904; ar109
// and fa109 (45 and 45: roads, bridges, construction and inaugurations; 20 of
// ar109 Maghrebi, 20 of fa109's 45 cases Afghan) 0.955 and 0.941; ar110 and
// fa110 (45 and 45: fuel, power and water cuts, prices and subsidies; 18 of
// ar110 Maghrebi, 17 of fa110's 45 cases Afghan) 0.851 and 0.918; ar111 and
// fa111 (45 and 45: housing and real estate; 21 of ar111 Maghrebi, 19 of
// fa111's 45 cases Afghan) 0.916 and 0.882; ar112 and fa112 (45 and 45:
// environment and climate; 20 of ar112 Maghrebi, 18 of fa112's 45 cases Afghan)
// 0.967 and 0.917; ar113 and fa113 (45 and 45: retail and consumers; 20 of
// ar113 Maghrebi, 19 of fa113's 45 cases Afghan) 0.963 and 0.982; ar114 and
// fa114 (45 and 45: health and hospitals; 20 of ar114 Maghrebi, 17 of fa114's
// 45 cases Afghan) 0.798 and 0.977; ar115 and fa115 (45 and 45: consulates,
// visas and migration; 21 of ar115 Maghrebi, 18 of fa115's 45 cases Afghan)
// 0.909 and 0.975; ar116 and fa116 (45 and 45: television and radio; 20 of
// ar116 Maghrebi, 19 of fa116's 45 cases Afghan) 0.980 and 0.957; ar117 and
// fa117 (45 and 45: markets, gold and currencies; 19 of ar117 Maghrebi, 19 of
// fa117's 45 cases Afghan) 0.992 and 0.942; ar118 and fa118 (45 and 45:
// recruitment, scholarships and application windows; 22 of ar118 Maghrebi, 19
// of fa118's 45 cases Afghan) 0.978 and 0.980; ar119 and fa119 (45 and 45:
// sport; 22 of ar119 Maghrebi, 18 of fa119's 45 cases Afghan) 0.871 and 0.906;
// ar120 and fa120 (45 and 45: the religious calendar; 22 of ar120 on the
// Maghreb, 14 of fa120's 45 cases Afghan) 0.921 and 0.872; ar121 and fa121 (45
// and 45: elections and parliaments; 21 of ar121 Maghrebi, 14 of fa121's 45
// cases Afghan) 0.901 and 0.882; ar122 and fa122 (45 and 45: official holidays
// and working hours; 21 of ar122 Maghrebi, 13 of fa122's 45 cases Afghan) 0.892
// and 0.953; ar123 and fa123 (45 and 45: electricity, gas and fuel; 22 of ar123
// Maghrebi, 16 of fa123's 45 cases Afghan) 0.961 and 0.941; ar124 and fa124 (45
// and 45: biographies and lives; 22 of ar124 Maghrebi, 14 of fa124's 45 cases
// Afghan) 0.873 and 0.876; ar125 and fa125 (45 and 45: housing, land and car
// schemes; 22 of ar125 Maghrebi, 15 of fa125's 45 cases Afghan) 0.956 and
// 0.971; ar126 and fa126 (45 and 45: health; 20 of ar126 Maghrebi, 16 of
// fa126's 45 cases Afghan) 0.949 and 0.846; ar127 and fa127 (45 and 45: taxes,
// customs and fees; 22 of ar127 Maghrebi, 15 of fa127's 45 cases Afghan) 0.970
// and 0.919; ar128 and fa128 (45 and 45: statistics and economic reports; 22 of
// ar128 Maghrebi, 15 of fa128's 45 cases Afghan) 0.896 and 0.894; ar129 and
// fa129 (45 and 45: "on this day" chronologies and anniversaries; 20 of ar129
// Maghrebi, 15 of fa129's 45 cases Afghan) 0.905 and 0.877; ar130 and fa130 (45
// and 45: traffic and driving; 19 of ar130 Maghrebi, 15 of fa130's 45 cases
// Afghan) 0.873 and 0.895; ar131 and fa131 (45 and 45: obituaries, funerals and
// mourning; 20 of ar131 Maghrebi, 14 of fa131's 45 cases Afghan) 0.983 and
// 0.958; ar132 and fa132 (45 and 45: weather forecasts and warnings; 20 of
// ar132 Maghrebi, 13 of fa132's 45 cases Afghan) 0.928 and 0.975; ar133 and
// fa133 (45 and 45: exhibitions, book fairs and conferences; 20 of ar133
// Maghrebi, 16 of fa133's 45 cases Afghan) 0.956 and 1.0; ar134 and fa134 (45
// and 45: municipalities and local services; 20 of ar134 Maghrebi, 15 of
// fa134's 45 cases Afghan) 0.889 and 0.883; ar135 and fa135 (45 and 45:
// heritage, archaeology and museums; 20 of ar135 Maghrebi, 17 of fa135's 45
// cases Afghan) 0.854 and 0.963; ar136 and fa136 (45 and 45: interviews and
// memoirs; 20 of ar136 Maghrebi, 16 of fa136's 45 cases Afghan) 0.921 and
// 0.911; ar137 and fa137 (45 and 45: legal notices, auctions and summons; 23 of
// ar137 Maghrebi, 15 of fa137's 45 cases Afghan) 0.900 and 0.935; ar138 and
// fa138 (45 and 45: children and youth; 20 of ar138 Maghrebi, 15 of fa138's 45
// cases Afghan) 0.879 and 0.878; ar139 and fa139 (45 and 45: public transport;
// 21 of ar139 Maghrebi, 16 of fa139's 45 cases Afghan) 0.951 and 0.931; ar140
// and fa140 (45 and 45: lotteries, prize draws and competitions; 20 of ar140
// Maghrebi, 17 of fa140's 45 cases Afghan) 0.896 and 0.965; ar141 and fa141 (45
// and 45: insurance, pensions and social security; 22 of ar141 Maghrebi, 18 of
// fa141's 45 cases Afghan) 0.888 and 0.940; ar142 and fa142 (45 and 45:
// startups and technology; 20 of ar142 Maghrebi, 17 of fa142's 45 cases Afghan)
// 0.947 and 0.939; ar143 and fa143 (45 and 45: charity and volunteering; 20 of
// ar143 Maghrebi, 15 of fa143's 45 cases Afghan) 0.878 and 0.960; ar144 and
// fa144 (45 and 45: mosques and religious programmes; 22 of ar144 Maghrebi, 8
// of fa144's 45 cases Afghan) 0.833 and 0.917; ar145 and fa145 (45 and 45:
// sports clubs and leagues; 20 of ar145 Maghrebi, 16 of fa145's 45 cases
// Afghan) 0.916 and 0.930; ar146 and fa146 (45 and 45: agriculture, fishing and
// hunting; 22 of ar146 Maghrebi, 15 of fa146's 45 cases Afghan) 0.942 and
// 0.961; ar147 and fa147 (45 and 45: oil, gas and OPEC; 19 of ar147 Maghrebi,
// 13 of fa147's 45 cases Afghan) 0.970 and 0.955; ar148 and fa148 (45 and 45:
// cars and the auto industry; 21 of ar148 Maghrebi, 15 of fa148's 45 cases
// Afghan) 0.958 and 0.988; ar149 and fa149 (45 and 45: medicines, pharmacies
// and drug shortages; 19 of ar149 Maghrebi, 17 of fa149's 45 cases Afghan)
// 0.800 and 0.976; ar150 and fa150 (45 and 45: the internet, outages and
// cyberattacks; 20 of ar150 Maghrebi, 14 of fa150's 45 cases Afghan) 0.952 and
// 0.949; ar151 and fa151 (45 and 45: weddings and family occasions; 20 of ar151
// Maghrebi, 14 of fa151's 45 cases Afghan) 0.911 and 0.949; ar152 and fa152 (45
// and 45: wildlife, zoos and veterinary services; 20 of ar152 Maghrebi, 15 of
// fa152's 45 cases Afghan) 0.939 and 0.990; ar153 and fa153 (45 and 45:
// refugees, displaced people and returns; 21 of ar153 Maghrebi, 17 of fa153's
// 45 cases Afghan) 0.966 and 0.983; ar154 and fa154 (45 and 45: civil registry,
// ID cards and official documents; 21 of ar154 Maghrebi, 15 of fa154's 45 cases
// Afghan) 0.991 and 0.933; ar155 and fa155 (45 and 45: bread, flour and food
// subsidies; 20 of ar155 Maghrebi, 16 of fa155's 45 cases Afghan) 0.965 and
// 0.923; ar156 and fa156 (45 and 45: literature, poetry and book prizes; 20 of
// ar156 Maghrebi, 16 of fa156's 45 cases Afghan) 0.970 and 0.947; ar157 and
// fa157 (45 and 45: ports, shipping and customs; 21 of ar157 Maghrebi, 13 of
// fa157's 45 cases Afghan) 0.927 and 0.952; ar158 and fa158 (45 and 45: banks
// and banking; 20 of ar158 Maghrebi, 14 of fa158's 45 cases Afghan) 0.879 and
// 0.918; ar159 and fa159 (45 and 45: universities and academic calendars; 23 of
// ar159 Maghrebi, 15 of fa159's 45 cases Afghan) 0.919 and 0.862; ar160 and
// fa160 (45 and 44: e-government and online services; 21 of ar160 Maghrebi, 10
// of fa160's 44 cases Afghan) 0.904 and 0.875; ar161 and fa161 (45 and 45:
// marathons, cycling tours and mass sports events; 20 of ar161 Maghrebi, 15 of
// fa161's 45 cases Afghan) 0.985 and 0.936; ar162 and fa162 (45 and 45: Hajj
// and Umrah logistics; 20 of ar162 Maghrebi, 10 of fa162's 45 cases Afghan)
// 0.926 and 0.973; ar163 and fa163 (45 and 44: telecom; 21 of ar163 Maghrebi, 8
// of fa163's 44 cases Afghan) 1.0 and 0.939; ar164 and fa164 (45 and 45:
// national days, parades and celebrations; 20 of ar164 Maghrebi, 10 of fa164's
// 45 cases Afghan) 0.930 and 0.929; ar165 and fa165 (45 and 45: border
// crossings and land travel; 20 of ar165 Maghrebi, 11 of fa165's 45 cases
// Afghan) 0.855 and 0.875; ar166 and fa166 (45 and 45: chess, tennis and
// individual sports; 22 of ar166 Maghrebi, 15 of fa166's 45 cases Afghan) 0.964
// and 0.922; ar167 and fa167 (45 and 45: fashion, beauty and shopping seasons;
// 23 of ar167 Maghrebi, 15 of fa167's 45 cases Afghan) 0.880 and 0.917; ar168
// and fa168 (45 and 45: esports and video games; 20 of ar168 Maghrebi, 11 of
// fa168's 45 cases Afghan) 0.974 and 0.947; ar169 and fa169 (45 and 45: census,
// population and statistics releases; 22 of ar169 Maghrebi, 16 of fa169's 45
// cases Afghan) 0.963 and 0.979; ar170 and fa170 (45 and 45: mining, minerals
// and quarries; 18 of ar170 Maghrebi, 17 of fa170's 45 cases Afghan) 0.951 and
// 0.931; ar171 and fa171 (45 and 45: art galleries, exhibitions and auctions;
// 20 of ar171 Maghrebi, 13 of fa171's 45 cases Afghan) 0.941 and 0.973; ar172
// and fa172 (45 and 45: cinema releases and box office; 23 of ar172 Maghrebi,
// 11 of fa172's 45 cases Afghan) 0.926 and 0.898; ar173 and fa173 (45 and 45:
// back to school; 20 of ar173 Maghrebi, 14 of fa173's 45 cases Afghan) 0.846
// and 0.851; ar174 and fa174 (45 and 45: libraries, reading and publishing; 22
// of ar174 Maghrebi, 15 of fa174's 45 cases Afghan) 0.846 and 0.893; ar175 and
// fa175 (45 and 45: horse racing, camel races and equestrian festivals; 20 of
// ar175 Maghrebi, 15 of fa175's 45 cases Afghan) 0.907 and 0.990; ar176 and
// fa176 (45 and 45: blood donation, vaccination and health campaigns; 20 of
// ar176 Maghrebi, 12 of fa176's 45 cases Afghan) 0.930 and 0.889; ar177 and
// fa177 (45 and 45: post offices, parcels and stamps; 20 of ar177 Maghrebi, 14
// of fa177's 45 cases Afghan) 0.914 and 0.864; ar178 and fa178 (45 and 45:
// summer camps, youth centres and scouting; 21 of ar178 Maghrebi, 10 of fa178's
// 45 cases Afghan) 0.917 and 0.875; ar179 and fa179 (45 and 45: expatriates,
// remittances and the diaspora; 20 of ar179 Maghrebi, 15 of fa179's 45 cases
// Afghan) 0.961 and 0.964; ar180 and fa180 (45 and 45: water supply schedules
// and water trucks; 19 of ar180 Maghrebi, 15 of fa180's 45 cases Afghan) 0.923
// and 0.978; ar181 and fa181 (45 and 45: smartphones, gadgets and their
// launches; 22 of ar181 Maghrebi, 13 of fa181's 45 cases Afghan) 0.972 and
// 0.913; ar182 and fa182 (45 and 45: land registry, property auctions and title
// deeds; 20 of ar182 Maghrebi, 17 of fa182's 45 cases Afghan) 0.887 and 1.0;
// ar183 and fa183 (45 and 41: trade fairs and expos; 21 of ar183 Maghrebi, 13
// of fa183's 41 cases Afghan) 0.957 and 0.900; ar184 and fa184 (45 and 45: fuel
// cards, gas cylinders and heating oil; 20 of ar184 Maghrebi, 12 of fa184's 45
// cases Afghan) 0.984 and 0.979; ar185 and fa185 (45 and 45: Christian and
// minority holidays; 15 of ar185 Maghrebi, 13 of fa185's 45 cases Afghan) 0.977
// and 0.820; ar186 and fa186 (45 and 45: football transfers and contracts; 21
// of ar186 Maghrebi, 14 of fa186's 45 cases Afghan) 0.990 and 0.985; ar187 and
// fa187 (45 and 45: parks, beaches and the swimming season; 21 of ar187
// Maghrebi, 15 of fa187's 45 cases Afghan) 0.889 and 0.977; ar188 and fa188 (45
// and 45: driving licences, tests and vehicle inspection; 21 of ar188 Maghrebi,
// 4 of fa188's 45 cases Afghan) 0.885 and 0.857; ar189 and fa189 (45 and 45:
// Quran and religious competitions; 21 of ar189 Maghrebi, 3 of fa189's 45 cases
// Afghan) 0.917 and 0.992; ar190 and fa190 (45 and 45: military service and
// conscription; 19 of ar190 Maghrebi, 12 of fa190's 45 cases Afghan) 0.918 and
// 0.927; ar191 and fa191 (45 and 45: air pollution, dust, snow and heat
// closures; 20 of ar191 Maghrebi, 16 of fa191's 45 cases Afghan) 0.906 and
// 0.973; ar192 and fa192 (45 and 45: Arbaeen, ziyarat and shrine visits; 23 of
// ar192 Maghrebi, 15 of fa192's 45 cases Afghan) 0.932 and 0.871; ar193 and
// fa193 (45 and 45: professional unions and syndicates; 23 of ar193 Maghrebi,
// 15 of fa193's 45 cases Afghan) 0.976 and 0.978; ar194 and fa194 (45 and 45:
// tickets and bookings for holiday travel; 21 of ar194 Maghrebi, 13 of fa194's
// 45 cases Afghan) 0.944 and 0.889; ar195 and fa195 (45 and 45: shareholders'
// assemblies, dividends and IPOs; 19 of ar195 Maghrebi, 15 of fa195's 45 cases
// Afghan) 0.981 and 0.940; ar196 and fa196 (45 and 45: harvest and seasonal
// festivals; 20 of ar196 Maghrebi, 13 of fa196's 45 cases Afghan) 0.909 and
// 0.991; ar197 and fa197 (45 and 45: occasion days (Mother's, Teacher's,
// Nurse's, Labour days); 22 of ar197 Maghrebi, 16 of fa197's 45 cases Afghan)
// 0.967 and 0.899; ar198 and fa198 (45 and 45: livestock markets and the
// sacrifice season; 22 of ar198 Maghrebi, 15 of fa198's 45 cases Afghan) 0.886
// and 0.983; ar199 and fa199 (45 and 45: pharmacies and clinics on duty; 20 of
// ar199 Maghrebi, 15 of fa199's 45 cases Afghan) 0.927 and 0.984; ar200 and
// fa200 (45 and 45: missing persons and searches; 20 of ar200 Maghrebi, 16 of
// fa200's 45 cases Afghan) 0.924 and 0.979; ar201 and fa201 (45 and 45: thesis
// defences and academic seminars; 22 of ar201 Maghrebi, 15 of fa201's 45 cases
// Afghan) 0.941 and 0.958; ar202 and fa202 (45 and 45: weekly markets named
// after weekdays; 20 of ar202 Maghrebi, 15 of fa202's 45 cases Afghan) 0.838
// and 0.919; ar203 and fa203 (45 and 45: zakat al-fitr and charity deadlines;
// 20 of ar203 Maghrebi, 11 of fa203's 45 cases Afghan) 0.874 and 0.971; ar204
// and fa204 (45 and 45: disciplinary suspensions and bans; 21 of ar204
// Maghrebi, 12 of fa204's 45 cases Afghan) 0.969 and 0.960; ar205 and fa205 (45
// and 45: project timelines and completion dates; 22 of ar205 Maghrebi, 14 of
// fa205's 45 cases Afghan) 0.955 and 0.934; ar206 and fa206 (45 and 45: price
// and tariff changes effective from a date; 20 of ar206 Maghrebi, 4 of fa206's
// 45 cases Afghan) 0.932 and 0.988; ar207 and fa207 (45 and 45: traffic
// accident reports for holiday periods; 22 of ar207 Maghrebi, 15 of fa207's 45
// cases Afghan) 0.893 and 0.924; ar208 and fa208 (45 and 45: shopping festivals
// and sales seasons; 21 of ar208 Maghrebi, 9 of fa208's 45 cases Afghan) 0.831
// and 0.824; ar209 and fa209 (45 and 45: Ramadan sports tournaments and night
// leagues; 23 of ar209 Maghrebi, 15 of fa209's 45 cases Afghan) 0.905 and
// 0.970; ar210 and fa210 (45 and 45: anniversaries of institutions' founding;
// 20 of ar210 Maghrebi, 16 of fa210's 45 cases Afghan) 0.938 and 0.947; ar211
// and fa211 (45 and 45: courts of auditors and public accounts reports; 21 of
// ar211 Maghrebi, 15 of fa211's 45 cases Afghan) 0.966 and 0.985; ar212 and
// fa212 (45 and 45: Quran memorisation and recitation competitions; 20 of ar212
// Maghrebi, 11 of fa212's 45 cases Afghan) 0.869 and 0.967; ar213 and fa213 (45
// and 45: student union and student council elections; 20 of ar213 Maghrebi, 15
// of fa213's 45 cases Afghan) 0.980 and 0.981; ar214 and fa214 (45 and 45:
// military exercises and manoeuvres; 20 of ar214 Maghrebi, 15 of fa214's 45
// cases Afghan) 0.947 and 0.897; ar215 and fa215 (45 and 45: religious
// lectures, sermons and majalis schedules; 20 of ar215 Maghrebi, 14 of fa215's
// 45 cases Afghan) 0.917 and 0.878; ar216 and fa216 (45 and 45: new regulations
// and decrees taking effect; 20 of ar216 Maghrebi, 15 of fa216's 45 cases
// Afghan) 0.982 and 0.976; ar217 and fa217 (45 and 45: hospital openings and
// outpatient clinic schedules; 21 of ar217 Maghrebi, 14 of fa217's 45 cases
// Afghan) 0.965 and 0.966; ar218 and fa218 (45 and 45: public libraries and
// reading campaigns; 20 of ar218 Maghrebi, 15 of fa218's 45 cases Afghan) 0.916
// and 0.942; ar219 and fa219 (45 and 45: supreme courts and cassation rulings;
// 20 of ar219 Maghrebi, 15 of fa219's 45 cases Afghan) 0.979 and 0.956; ar220
// and fa220 (45 and 45: wildfires and forest fires; 21 of ar220 Maghrebi, 11 of
// fa220's 45 cases Afghan) 0.966 and 1.0; ar221 and fa221 (45 and 45: theatre
// festivals and plays; 20 of ar221 Maghrebi, 14 of fa221's 45 cases Afghan)
// 0.978 and 0.906; ar222 and fa222 (45 and 45: volunteer campaigns and charity
// drives; 20 of ar222 Maghrebi, 15 of fa222's 45 cases Afghan) 0.961 and 0.976;
// ar223 and fa223 (45 and 45: customs seizures and smuggling busts; 20 of ar223
// Maghrebi, 15 of fa223's 45 cases Afghan) 0.981 and 0.983; ar224 and fa224 (45
// and 45: road and bridge closures for maintenance works; 20 of ar224 Maghrebi,
// 15 of fa224's 45 cases Afghan) 0.936 and 0.919; ar225 and fa225 (45 and 45:
// athletics and weightlifting championships and medal results; 21 of ar225
// Maghrebi, 15 of fa225's 45 cases Afghan) 0.891 and 0.957; ar226 and fa226 (45
// and 45: science olympiads and student competitions; 21 of ar226 Maghrebi, 13
// of fa226's 45 cases Afghan) 0.975 and 0.891; ar227 and fa227 (45 and 45:
// corruption trials and asset-declaration cases; 20 of ar227 Maghrebi, 14 of
// fa227's 45 cases Afghan) 0.961 and 0.970; ar228 and fa228 (45 and 45:
// refinery and power plant shutdowns for maintenance; 20 of ar228 Maghrebi, 15
// of fa228's 45 cases Afghan) 0.925 and 0.919; ar229 and fa229 (45 and 45:
// out-of-country voting and diaspora elections; 21 of ar229 Maghrebi, 15 of
// fa229's 45 cases Afghan) 0.993 and 0.905; ar230 and fa230 (45 and 45:
// archaeological discoveries and excavation seasons; 20 of ar230 Maghrebi, 15
// of fa230's 45 cases Afghan) 0.964 and 0.980; ar231 and fa231 (45 and 45:
// prisoner exchanges and hostage releases; 20 of ar231 Maghrebi, 15 of fa231's
// 45 cases Afghan) 0.968 and 0.959; ar232 and fa232 (45 and 45: food safety
// inspections and restaurant closures; 21 of ar232 Maghrebi, 14 of fa232's 45
// cases Afghan) 1.0 and 1.0; ar233 and fa233 (45 and 45: heat waves and summer
// midday work bans; 20 of ar233 Maghrebi, 13 of fa233's 45 cases Afghan) 0.945
// and 1.0; ar234 and fa234 (45 and 45: national team training camps and
// friendly matches; 21 of ar234 Maghrebi, 15 of fa234's 45 cases Afghan) 0.981
// and 0.983; ar235 and fa235 (45 and 45: presidential and royal visits to
// provinces and regions; 21 of ar235 Maghrebi, 15 of fa235's 45 cases Afghan)
// 0.941 and 1.0; ar236 and fa236 (45 and 45: solar and wind energy projects; 20
// of ar236 Maghrebi, 15 of fa236's 45 cases Afghan) 1.0 and 0.957; ar237 and
// fa237 (45 and 45: mosque construction, restoration and reopening; 20 of ar237
// Maghrebi, 15 of fa237's 45 cases Afghan) 0.984 and 0.908; ar238 and fa238 (45
// and 45: kidnappings, abductions and rescues; 22 of ar238 Maghrebi, 16 of
// fa238's 45 cases Afghan) 0.937 and 0.947; ar239 and fa239 (45 and 45: bird
// flu and livestock disease outbreaks; 21 of ar239 Maghrebi, 15 of fa239's 45
// cases Afghan) 0.946 and 0.977; ar240 and fa240 (45 and 45: calligraphy,
// handicrafts and traditional arts festivals; 20 of ar240 Maghrebi, 15 of
// fa240's 45 cases Afghan) 0.862 and 0.880; ar241 and fa241 (45 and 45: migrant
// boat crossings and shipwrecks (Persian: deportations and returns of Afghan
// migrants); 20 of ar241 Maghrebi, 16 of fa241's 45 cases Afghan) 0.992 and
// 0.901; ar242 and fa242 (45 and 45: government spokesperson briefings and
// press conferences; 21 of ar242 Maghrebi, 15 of fa242's 45 cases Afghan) 0.994
// and 0.986; ar243 and fa243 (45 and 45: journalists' arrests, trials and press
// freedom; 20 of ar243 Maghrebi, 15 of fa243's 45 cases Afghan) 0.954 and
// 0.943; ar244 and fa244 (45 and 45: tree planting campaigns and green spaces;
// 20 of ar244 Maghrebi, 15 of fa244's 45 cases Afghan) 0.915 and 0.990; ar245
// and fa245 (45 and 45: stadium construction, renovation and reopening; 20 of
// ar245 Maghrebi, 15 of fa245's 45 cases Afghan) 0.952 and 0.962; ar246 and
// fa246 (45 and 45: prison escapes and manhunts; 20 of ar246 Maghrebi, 12 of
// fa246's 45 cases Afghan) 0.974 and 0.965; ar247 and fa247 (45 and 45:
// beekeeping and honey festivals; 20 of ar247 Maghrebi, 15 of fa247's 45 cases
// Afghan) 0.819 and 0.943; ar248 and fa248 (45 and 45: organ donation and
// transplant operations; 20 of ar248 Maghrebi, 15 of fa248's 45 cases Afghan)
// 0.933 and 0.993; ar249 and fa249 (45 and 45: railway accidents and train
// derailments; 21 of ar249 Maghrebi, 15 of fa249's 45 cases Afghan) 0.979 and
// 0.976; ar250 and fa250 (45 and 45: maritime rescues and missing fishing boats
// (Persian: drownings and rescues); 20 of ar250 Maghrebi, 13 of fa250's 45
// cases Afghan) 1.0 and 0.970; ar251 and fa251 (45 and 45: electric vehicles
// and charging stations; 20 of ar251 Maghrebi, 14 of fa251's 45 cases Afghan)
// 0.992 and 0.958; ar252 and fa252 (45 and 45: child labour and street
// children; 20 of ar252 Maghrebi, 15 of fa252's 45 cases Afghan) 0.968 and
// 0.919; ar253 and fa253 (45 and 45: factory openings and industrial
// production; 21 of ar253 Maghrebi, 14 of fa253's 45 cases Afghan) 0.977 and
// 0.968; ar254 and fa254 (45 and 45: doping cases and sports arbitration; 20 of
// ar254 Maghrebi, 15 of fa254's 45 cases Afghan) 0.927 and 0.967; ar255 and
// fa255 (45 and 45: mobile phone and internet scams and fraud arrests; 21 of
// ar255 Maghrebi, 10 of fa255's 45 cases Afghan) 0.957 and 0.953; ar256 and
// fa256 (45 and 45: desalination plants and drinking water projects; 20 of
// ar256 Maghrebi, 15 of fa256's 45 cases Afghan) 0.955 and 0.984; ar257 and
// fa257 (45 and 45: fan celebrations of national victories; 21 of ar257
// Maghrebi, 15 of fa257's 45 cases Afghan) 0.940 and 1.0; ar258 and fa258 (45
// and 45: reburials, exhumations and funerals of the identified dead; 20 of
// ar258 Maghrebi, 14 of fa258's 45 cases Afghan) 0.970 and 0.961; ar259 and
// fa259 (45 and 45: taxi and ride-hailing fares, licences and regulations; 20
// of ar259 Maghrebi, 11 of fa259's 45 cases Afghan) 0.984 and 0.951; ar260 and
// fa260 (45 and 45: sanctions imposed and lifted; 21 of ar260 Maghrebi, 15 of
// fa260's 45 cases Afghan) 0.995 and 0.979; ar261 and fa261 (45 and 45: cabinet
// reshuffles, ministers sworn in and appointments; 21 of ar261 Maghrebi, 15 of
// fa261's 45 cases Afghan) 0.959 and 1.0; ar262 and fa262 (45 and 45: prices of
// sugar, rice, cooking oil and staples; 21 of ar262 Maghrebi, 12 of fa262's 45
// cases Afghan) 0.994 and 0.970; ar263 and fa263 (45 and 45: tax filing
// deadlines, tax amnesties and new taxes; 20 of ar263 Maghrebi, 15 of fa263's
// 45 cases Afghan) 0.969 and 0.937; ar264 and fa264 (45 and 45: tunnels,
// bridges and roads opened or closed for works; 21 of ar264 Maghrebi, 15 of
// fa264's 45 cases Afghan) 0.901 and 0.981; ar265 and fa265 (45 and 45:
// parliamentary sessions, votes and recesses; 20 of ar265 Maghrebi, 15 of
// fa265's 45 cases Afghan) 0.940 and 0.960; ar266 and fa266 (45 and 45: olive,
// date, wheat, saffron and fruit harvests; 20 of ar266 Maghrebi, 15 of fa266's
// 45 cases Afghan) 0.939 and 1.0; ar267 and fa267 (45 and 45: ambulance
// services, emergency wards and doctors' strikes; 21 of ar267 Maghrebi, 15 of
// fa267's 45 cases Afghan) 0.961 and 0.948; ar268 and fa268 (45 and 45: power
// plants, load shedding and electricity tariffs; 21 of ar268 Maghrebi, 15 of
// fa268's 45 cases Afghan) 0.946 and 0.906; ar269 and fa269 (45 and 45:
// heritage sites, archaeology and museums; 20 of ar269 Maghrebi, 15 of fa269's
// 45 cases Afghan) 0.880 and 0.959; ar270 and fa270 (45 and 45: road accidents
// and traffic safety campaigns; 20 of ar270 Maghrebi, 15 of fa270's 45 cases
// Afghan) 0.969 and 0.925; ar271 and fa271 (45 and 45: school exams and results
// announcements; 20 of ar271 Maghrebi, 11 of fa271's 45 cases Afghan) 0.828 and
// 0.963; ar272 and fa272 (45 and 45: airports, flights and airline schedules;
// 20 of ar272 Maghrebi, 15 of fa272's 45 cases Afghan) 0.942 and 0.870; ar273
// and fa273 (45 and 45: charity campaigns and humanitarian aid distributions;
// 20 of ar273 Maghrebi, 15 of fa273's 45 cases Afghan) 0.934 and 0.905; ar274
// and fa274 (45 and 45: fishing seasons, fishing bans and sea ports; 20 of
// ar274 Maghrebi, 15 of fa274's 45 cases Afghan) 0.989 and 0.978; ar275 and
// fa275 (45 and 45: real estate, housing projects and rents; 20 of ar275
// Maghrebi, 15 of fa275's 45 cases Afghan) 0.857 and 0.960; ar276 and fa276 (45
// and 45: military exercises and army anniversaries; 20 of ar276 Maghrebi, 15
// of fa276's 45 cases Afghan) 0.902 and 0.957; ar277 and fa277 (45 and 45: book
// fairs and publishing; 21 of ar277 Maghrebi, 15 of fa277's 45 cases Afghan)
// 0.889 and 0.957; ar278 and fa278 (45 and 45: weather forecasts and storm
// warnings; 20 of ar278 Maghrebi, 15 of fa278's 45 cases Afghan) 0.933 and 1.0;
// ar279 and fa279 (45 and 45: hospitals and medical campaigns; 20 of ar279
// Maghrebi, 15 of fa279's 45 cases Afghan) 0.983 and 0.955; ar280 and fa280 (45
// and 45: currency exchange rates and central bank decisions; 17 of ar280
// Maghrebi, 15 of fa280's 45 cases Afghan) 0.943 and 0.959; ar281 and fa281 (45
// and 45: religious occasions and mosque programmes; 20 of ar281 Maghrebi, 15
// of fa281's 45 cases Afghan) 0.808 and 0.856; ar282 and fa282 (45 and 45:
// trials and court verdicts; 20 of ar282 Maghrebi, 15 of fa282's 45 cases
// Afghan) 0.953 and 0.963; ar283 and fa283 (45 and 45: film festivals, cinema
// releases and box office; 21 of ar283 Maghrebi, 15 of fa283's 45 cases Afghan)
// 0.972 and 0.909; ar284 and fa284 (45 and 45: marriage, divorce and civil
// registry; 20 of ar284 Maghrebi, 15 of fa284's 45 cases Afghan) 0.969 and
// 0.905; ar285 and fa285 (45 and 45: university admissions, registration
// deadlines and entrance exams; 20 of ar285 Maghrebi, 15 of fa285's 45 cases
// Afghan) 0.938 and 0.991; ar286 and fa286 (45 and 45: telecom outages,
// internet cuts and network launches; 20 of ar286 Maghrebi, 13 of fa286's 45
// cases Afghan) 0.876 and 0.961; ar287 and fa287 (45 and 45: pension payments,
// salary disbursement dates and bonuses; 20 of ar287 Maghrebi, 15 of fa287's 45
// cases Afghan) 0.957 and 0.949; ar288 and fa288 (45 and 45: elections:
// candidate registration, campaigns and polling days; 20 of ar288 Maghrebi, 12
// of fa288's 45 cases Afghan) 0.982 and 0.914; ar289 and fa289 (45 and 45:
// official working hours changes; 20 of ar289 Maghrebi, 9 of fa289's 45 cases
// Afghan) 0.942 and 0.918; ar290 and fa290 (45 and 45: dams, rainfall records
// and drought; 20 of ar290 Maghrebi, 16 of fa290's 45 cases Afghan) 0.971 and
// 0.836; ar291 and fa291 (45 and 45: astronomy: eclipses, meteor showers and
// moon sightings; 21 of ar291 Maghrebi, 6 of fa291's 45 cases Afghan) 0.910 and
// 0.992; ar292 and fa292 (45 and 45: cyberattacks, hacking and data leaks; 20
// of ar292 Maghrebi, 12 of fa292's 45 cases Afghan) 0.972 and 0.980; ar293 and
// fa293 (45 and 45: wildlife, zoos, hunting bans and animal protection; 21 of
// ar293 Maghrebi, 13 of fa293's 45 cases Afghan) 1.0 and 0.916; ar294 and fa294
// (45 and 45: oil, gas and mining; 21 of ar294 Maghrebi, 15 of fa294's 45 cases
// Afghan) 0.889 and 0.968; ar295 and fa295 (45 and 45: ports, shipping and
// container traffic; 20 of ar295 Maghrebi, 15 of fa295's 45 cases Afghan) 0.992
// and 0.880; ar296 and fa296 (45 and 45: pardons, amnesties and prisoner
// releases on holidays; 20 of ar296 Maghrebi, 12 of fa296's 45 cases Afghan)
// 0.943 and 0.941; ar297 and fa297 (45 and 45: fuel prices, petrol stations and
// queues; 20 of ar297 Maghrebi, 4 of fa297's 45 cases Afghan) 0.947 and 0.857;
// ar298 and fa298 (45 and 45: traffic plans for holidays and road closures for
// events; 20 of ar298 Maghrebi, 15 of fa298's 45 cases Afghan) 0.968 and 0.933;
// ar299 and fa299 (45 and 45: births, deaths and population statistics; 21 of
// ar299 Maghrebi, 15 of fa299's 45 cases Afghan) 0.949 and 0.918; ar300 and
// fa300 (45 and 45: national day celebrations and independence anniversaries;
// 20 of ar300 Maghrebi, 14 of fa300's 45 cases Afghan) 0.954 and 0.953; ar301
// and fa301 (45 and 45: libraries, book publishing and literary prizes; 20 of
// ar301 Maghrebi, 14 of fa301's 45 cases Afghan) 0.966 and 0.909; ar302 and
// fa302 (45 and 45: handicrafts, carpets and traditional markets; 21 of ar302
// Maghrebi, 15 of fa302's 45 cases Afghan) 0.915 and 0.957; ar303 and fa303 (45
// and 45: hotels, tourist seasons and travel bookings; 20 of ar303 Maghrebi, 15
// of fa303's 45 cases Afghan) 0.943 and 0.884; ar304 and fa304 (45 and 45: date
// palms, harvests and agricultural fairs (Persian: saffron, pistachio,
// pomegranate and wheat harvests); 20 of ar304 Maghrebi, 15 of fa304's 45 cases
// Afghan) 0.827 and 0.975; ar305 and fa305 (45 and 45: music concerts and
// festivals; 20 of ar305 Maghrebi, 13 of fa305's 45 cases Afghan) 0.977 and
// 0.933; ar306 and fa306 (45 and 45: smuggling seizures and customs; 21 of
// ar306 Maghrebi, 15 of fa306's 45 cases Afghan) 0.946 and 1.0; ar307 and fa307
// (45 and 45: electricity cuts and power schedules; 21 of ar307 Maghrebi, 12 of
// fa307's 45 cases Afghan) 0.929 and 1.0; ar308 and fa308 (45 and 45: bread,
// flour and subsidised goods distribution; 21 of ar308 Maghrebi, 15 of fa308's
// 45 cases Afghan) 0.967 and 0.986; ar309 and fa309 (45 and 45: stock exchange
// sessions, trading halts and listings; 21 of ar309 Maghrebi, 15 of fa309's 45
// cases Afghan) 0.921 and 0.868; ar310 and fa310 (45 and 45: passport issuance,
// consulate appointments and ID renewal deadlines; 20 of ar310 Maghrebi, 11 of
// fa310's 45 cases Afghan) 0.907 and 0.941; ar311 and fa311 (45 and 45:
// anniversaries of battles, wars and historic events; 21 of ar311 Maghrebi, 15
// of fa311's 45 cases Afghan) 0.846 and 0.925; ar312 and fa312 (45 and 45:
// space launches, satellites and science missions; 21 of ar312 Maghrebi, 2 of
// fa312's 45 cases Afghan) 0.993 and 0.903; ar313 and fa313 (45 and 45:
// judicial holidays, court recesses and notary closures; 20 of ar313 Maghrebi,
// 15 of fa313's 45 cases Afghan) 0.953 and 0.922; ar314 and fa314 (45 and 45:
// ferry, bus and train timetable changes; 23 of ar314 Maghrebi, 10 of fa314's
// 45 cases Afghan) 0.980 and 0.933; ar315 and fa315 (45 and 45: pilgrim
// caravans' departures and returns; 20 of ar315 Maghrebi, 5 of fa315's 45 cases
// Afghan) 0.907 and 0.982; ar316 and fa316 (45 and 45: Ramadan TV series,
// broadcast schedules and programme times (Persian: TV series and broadcast
// schedules); 20 of ar316 Maghrebi, 9 of fa316's 45 cases Afghan) 0.860 and
// 0.886; ar317 and fa317 (45 and 45: diplomatic visits, ambassadors presenting
// credentials and bilateral talks; 20 of ar317 Maghrebi, 15 of fa317's 45 cases
// Afghan) 1.0 and 0.978; ar318 and fa318 (45 and 45: disability services,
// elderly care and social welfare payments; 20 of ar318 Maghrebi, 15 of fa318's
// 45 cases Afghan) 0.953 and 0.966; ar319 and fa319 (45 and 45: inflation
// figures, monthly price indices and statistics releases; 20 of ar319 Maghrebi,
// 9 of fa319's 45 cases Afghan) 0.938 and 0.919; ar320 and fa320 (45 and 45:
// startups, tech incubators, hackathons and innovation awards; 21 of ar320
// Maghrebi, 15 of fa320's 45 cases Afghan) 0.943 and 0.986; ar321 and fa321 (45
// and 45: job recruitment drives, civil-service competitions and hiring
// deadlines; 22 of ar321 Maghrebi, 16 of fa321's 45 cases Afghan) 0.988 and
// 1.0; ar322 and fa322 (45 and 45: real estate, housing projects and rent laws;
// 20 of ar322 Maghrebi, 16 of fa322's 45 cases Afghan) 0.944 and 0.989; ar323
// and fa323 (45 and 45: museums, heritage sites and archaeological discoveries;
// 20 of ar323 Maghrebi, 14 of fa323's 45 cases Afghan) 0.983 and 0.903; ar324
// and fa324 (45 and 45: environment campaigns, tree planting and clean-up days;
// 20 of ar324 Maghrebi, 15 of fa324's 45 cases Afghan) 0.907 and 1.0; ar325 and
// fa325 (45 and 45: disease outbreaks and epidemiological bulletins (cholera,
// dengue, measles); 20 of ar325 Maghrebi, 14 of fa325's 45 cases Afghan) 0.944
// and 0.981; ar326 and fa326 (45 and 45: theatre festivals, plays and
// premieres; 20 of ar326 Maghrebi, 11 of fa326's 45 cases Afghan) 0.962 and
// 0.886; ar327 and fa327 (45 and 45: lotteries, raffles, prize draws and
// housing or car draws; 20 of ar327 Maghrebi, 9 of fa327's 45 cases Afghan)
// 0.941 and 0.973; ar328 and fa328 (45 and 45: sanctions, embargoes and their
// deadlines and waivers; 20 of ar328 Maghrebi, 12 of fa328's 45 cases Afghan)
// 0.952 and 0.983; ar329 and fa329 (45 and 45: prisons, amnesties, pardons and
// prisoner releases; 18 of ar329 Maghrebi, 14 of fa329's 45 cases Afghan) 0.940
// and 0.929; ar330 and fa330 (45 and 45: airlines, new routes and flight
// schedule changes; 21 of ar330 Maghrebi, 15 of fa330's 45 cases Afghan) 0.974
// and 0.989; ar331 and fa331 (45 and 45: weather warnings, storms, heatwaves
// and cold snaps; 20 of ar331 Maghrebi, 10 of fa331's 45 cases Afghan) 0.950
// and 0.868; ar332 and fa332 (45 and 45: charity campaigns, orphan sponsorship
// and relief convoys; 20 of ar332 Maghrebi, 14 of fa332's 45 cases Afghan)
// 0.978 and 0.955; ar333 and fa333 (45 and 45: gold, silver and currency prices
// by day; 22 of ar333 Maghrebi, 13 of fa333's 45 cases Afghan) 0.977 and 0.989;
// ar334 and fa334 (45 and 45: municipal services, road works and street
// closures; 20 of ar334 Maghrebi, 14 of fa334's 45 cases Afghan) 0.939 and
// 0.990; ar335 and fa335 (45 and 45: mosque openings, Friday sermons and
// religious lessons (Persian: religious lectures and mourning ceremonies); 20
// of ar335 Maghrebi, 15 of fa335's 45 cases Afghan) 0.965 and 0.903; ar336 and
// fa336 (45 and 45: consumer protection, price controls and market inspections;
// 20 of ar336 Maghrebi, 15 of fa336's 45 cases Afghan) 0.938 and 0.927; ar337
// and fa337 (45 and 45: sports federations' general assemblies and elections;
// 21 of ar337 Maghrebi, 11 of fa337's 45 cases Afghan) 0.969 and 0.932; ar338
// (45: hospital openings, surgeries and medical milestones; 21 Maghrebi) 0.955;
// ar339 (45: tax filing deadlines, tax amnesties and customs duties changes; 21
// Maghrebi) 0.929; ar340 and fa340 (45 and 45: historical manuscripts, archives
// and old documents (Hijri and Gregorian years; Persian: Hijri and Solar Hijri
// years); 20 of ar340 Maghrebi, 12 of fa340's 45 cases Afghan) 0.893 and 0.885;
// ar341 and fa341 (45 and 45: camel races, horse racing and equestrian
// festivals (Persian: horse racing and buzkashi); 21 of ar341 Maghrebi, 13 of
// fa341's 45 cases Afghan) 0.894 and 0.985; ar342 and fa342 (45 and 45:
// patents, inventions and inventors' exhibitions; 19 of ar342 Maghrebi, 13 of
// fa342's 45 cases Afghan) 0.905 and 0.924; ar343 and fa343 (45 and 45:
// conscription, military service calls and exemptions; 20 of ar343 Maghrebi, 14
// of fa343's 45 cases Afghan) 0.971 and 0.944; fa338 (45: hospital openings,
// surgeries and medical milestones, filled; 16 Afghan) 0.969; fa339 (45: tax
// filing deadlines, tax amnesties and customs duties changes, filled; 14
// Afghan) 0.864; ar344 and fa344 (45 and 45: mass weddings, marriage grants and
// wedding ceremonies; 17 of ar344 Maghrebi, 17 of fa344's 45 cases Afghan)
// 0.897 and 0.925; ar345 and fa345 (45 and 45: chess tournaments, mind sports
// and chess olympiads; 21 of ar345 Maghrebi, 7 of fa345's 45 cases Afghan)
// 0.919 and 0.895; ar346 and fa346 (45 and 45: translation, translated books
// and translation prizes; 20 of ar346 Maghrebi, 15 of fa346's 45 cases Afghan)
// 0.947 and 0.872; ar347 and fa347 (45 and 45: cement, steel and building
// materials prices and factories; 22 of ar347 Maghrebi, 15 of fa347's 45 cases
// Afghan) 0.965 and 0.946; ar348 and fa348 (45 and 45: locust swarms,
// agricultural pests and crop diseases; 20 of ar348 Maghrebi, 14 of fa348's 45
// cases Afghan) 0.917 and 0.951; ar349 and fa349 (45 and 45: waste collection,
// recycling and landfill projects; 21 of ar349 Maghrebi, 15 of fa349's 45 cases
// Afghan) 0.975 and 0.935; ar350 and fa350 (45 and 45: nuclear programme talks,
// IAEA reports and inspections; 20 of ar350 Maghrebi, 14 of fa350's 45 cases
// Afghan) 0.949 and 0.988; ar351 and fa351 (45 and 45: railway projects, new
// train lines and metro openings; 21 of ar351 Maghrebi, 15 of fa351's 45 cases
// Afghan) 0.982 and 0.991; ar352 and fa352 (45 and 45: dialysis, kidney
// patients and rare-disease medicines; 20 of ar352 Maghrebi, 13 of fa352's 45
// cases Afghan) 0.955 and 0.975; ar353 and fa353 (45 and 45: school meals,
// school transport and uniforms; 20 of ar353 Maghrebi, 15 of fa353's 45 cases
// Afghan) 0.957 and 0.985; ar354 and fa354 (45 and 45: street vendors, market
// evictions and shop licences; 20 of ar354 Maghrebi, 15 of fa354's 45 cases
// Afghan) 0.955 and 0.893; ar355 and fa355 (45 and 45: academic conferences,
// scientific journals and research output; 20 of ar355 Maghrebi, 15 of fa355's
// 45 cases Afghan) 0.904 and 0.938; ar356 and fa356 (45 and 45: stray animals,
// rabies cases and dog vaccination campaigns; 21 of ar356 Maghrebi, 12 of
// fa356's 45 cases Afghan) 0.925 and 0.961; ar357 and fa357 (45 and 45:
// wrestling, boxing and martial arts championships; 21 of ar357 Maghrebi, 15 of
// fa357's 45 cases Afghan) 0.988 and 1.0; ar358 and fa358 (45 and 45:
// graduation ceremonies and honorary doctorates; 20 of ar358 Maghrebi, 16 of
// fa358's 45 cases Afghan) 0.923 and 0.925; ar359 and fa359 (45 and 45: drug
// addiction treatment and anti-narcotics campaigns; 22 of ar359 Maghrebi, 16 of
// fa359's 45 cases Afghan) 0.964 and 0.943; ar360 (45: scholarships abroad,
// study missions and student exchange deadlines; 20 Maghrebi) 0.838; ar361 and
// fa361 (45 and 45: falconry, hunting seasons and hunting permits; 21 of ar361
// Maghrebi, 15 of fa361's 45 cases Afghan) 0.909 and 0.967; ar362 and fa362 (45
// and 45: bridges, flyovers and tunnels inaugurated; 20 of ar362 Maghrebi, 15
// of fa362's 45 cases Afghan) 0.989 and 0.930; ar363 and fa363 (45 and 45:
// earthquake anniversaries and reconstruction after quakes; 23 of ar363
// Maghrebi, 11 of fa363's 45 cases Afghan) 0.874 and 0.941; ar364 and fa364 (45
// and 45: flower festivals, garden shows and plant exhibitions (Persian:
// rosewater and tulip festivals); 20 of ar364 Maghrebi, 15 of fa364's 45 cases
// Afghan) 0.957 and 0.934; ar365 and fa365 (45 and 45: basketball leagues, cups
// and championships; 22 of ar365 Maghrebi, 15 of fa365's 45 cases Afghan) 0.884
// and 0.931; ar366 and fa366 (45 and 45: car imports, new car launches and car
// prices; 20 of ar366 Maghrebi, 14 of fa366's 45 cases Afghan) 0.941 and 0.979;
// ar367 and fa367 (45 and 45: resignations, dismissals and appointments of
// officials; 20 of ar367 Maghrebi, 15 of fa367's 45 cases Afghan) 0.995 and
// 0.993; ar368 and fa368 (45 and 45: postal services, commemorative stamps and
// post offices; 20 of ar368 Maghrebi, 9 of fa368's 45 cases Afghan) 0.955 and
// 0.943; ar369 and fa369 (45 and 45: beekeeping, honey festivals and honey
// exports; 20 of ar369 Maghrebi, 16 of fa369's 45 cases Afghan) 0.914 and
// 0.982; fa360 (45: scholarships abroad, study missions and student exchange
// deadlines, filled; 5 Afghan) 0.985; ar370 and fa370 (45 and 45: cancer and
// diabetes awareness campaigns, screening days and clinics; 20 of ar370
// Maghrebi, 15 of fa370's 45 cases Afghan) 0.947 and 0.932; ar371 and fa371 (45
// and 45: poultry, eggs and meat prices and supply; 20 of ar371 Maghrebi, 15 of
// fa371's 45 cases Afghan) 0.986 and 0.983; ar372 and fa372 (45 and 45: sewage,
// sanitation projects and water networks; 20 of ar372 Maghrebi, 13 of fa372's
// 45 cases Afghan) 0.941 and 0.921; ar373 and fa373 (45 and 45: public
// libraries, reading campaigns and library openings; 21 of ar373 Maghrebi, 15
// of fa373's 45 cases Afghan) 0.968 and 0.881; ar374 and fa374 (45 and 45:
// smuggling seizures at borders, ports and customs; 20 of ar374 Maghrebi, 14 of
// fa374's 45 cases Afghan) 1.0 and 0.984; ar375 and fa375 (45 and 45: swimming,
// athletics and tennis championships; 21 of ar375 Maghrebi, 15 of fa375's 45
// cases Afghan) 0.940 and 0.980; ar376 and fa376 (45 and 45: cryptocurrencies,
// bitcoin and digital-currency regulation; 21 of ar376 Maghrebi, 8 of fa376's
// 45 cases Afghan) 0.990 and 0.969; ar377 and fa377 (45 and 45: jewellery,
// perfume, gold markets and handicraft fairs; 20 of ar377 Maghrebi, 15 of
// fa377's 45 cases Afghan) 0.902 and 1.0; ar378 and fa378 (45 and 45:
// e-commerce, delivery apps and ride-hailing services; 21 of ar378 Maghrebi, 11
// of fa378's 45 cases Afghan) 0.967 and 0.839; ar379 and fa379 (45 and 45:
// artificial intelligence and robotics events and policies; 20 of ar379
// Maghrebi, 5 of fa379's 45 cases Afghan) 0.977 and 0.932; ar380 and fa380 (45
// and 45: TV series premieres, Ramadan drama and broadcasting schedules; 21 of
// ar380 Maghrebi, 16 of fa380's 45 cases Afghan) 0.931 and 0.930; ar381 and
// fa381 (45 and 45: social media bans, filtering and platform rules; 20 of
// ar381 Maghrebi, 11 of fa381's 45 cases Afghan) 0.964 and 0.951; ar382 and
// fa382 (45 and 45: landmines, unexploded ordnance and demining campaigns; 21
// of ar382 Maghrebi, 15 of fa382's 45 cases Afghan) 0.951 and 0.973; ar383 (45:
// asylum seekers, deportations and migrant boats; 20 Maghrebi) 0.992; ar384
// (45: military parades, air shows and armed forces days; 20 Maghrebi) 0.932;
// fa383 and fa384 (filled to 45 and 45: fa383: asylum seekers, deportations and returnees, 19 of 45 Afghan; fa384:
// military parades and armed forces ceremonies, 15 of 45 Afghan) 0.957 and 0.962; ar385 and fa385 (45 and 45: date
// palms, date harvests and date festivals; 21 of ar385 Maghrebi, 9 of fa385's 45 cases Afghan) 0.950 and 0.975;
// ar386 and fa386 (45 and 45: forest fires, wildfires and forestry; 20 of ar386 Maghrebi, 15 of fa386's 45 cases
// Afghan) 0.955 and 0.986; ar387 and fa387 (45 and 45: camel racing, falconry, horse racing and equestrian shows; 19
// of ar387 Maghrebi, 8 of fa387's 45 cases Afghan) 0.952 and 0.969; ar388 and fa388 (45 and 45: organ donation,
// transplants and blood donation campaigns; 23 of ar388 Maghrebi, 12 of fa388's 45 cases Afghan) 0.952 and 0.913;
// ar389 and fa389 (45 and 45: handball and volleyball leagues and championships; 20 of ar389 Maghrebi, 15 of fa389's
// 45 cases Afghan) 0.960 and 0.955; ar390 and fa390 (45 and 44: rivers, lakes, dams' levels and wetlands; 22 of
// ar390 Maghrebi, 5 of fa390's 44 cases Afghan) 0.966 and 0.988; ar391 and fa391 (45 and 45: textile, garment and
// carpet industries and fairs; 20 of ar391 Maghrebi, 10 of fa391's 45 cases Afghan) 0.975 and 1.0;
// ar392 and fa392 (45 and 41: zoos, wildlife protection and endangered animals; 21 of ar392 Maghrebi, 8 of fa392's
// 41 cases Afghan) 0.980 and 1.0; ar393 and fa393 (45 and 45: marathons, cycling tours and running races; 21 of
// ar393 Maghrebi, 10 of fa393's 45 cases Afghan) 0.955 and 0.987; ar394 and fa394 (45 and 45: driving licences,
// traffic fines and parking; 23 of ar394 Maghrebi, 15 of fa394's 45 cases Afghan) 0.983 and 0.984; ar395 and fa395
// (45 and 45: bread, bakeries and flour prices; 20 of ar395 Maghrebi, 11 of fa395's 45 cases Afghan) 0.952 and
// 0.923;
// ar396 and fa396 (45 and 41: steel, iron and metal industries; 21 of ar396 Maghrebi, 8 of fa396's 41 cases Afghan)
// 0.963 and 0.987; ar397 and fa397 (45 and 44: chess tournaments, esports and board games; 20 of ar397 Maghrebi, 3
// of fa397's 44 cases Afghan) 1.0 and 0.937; ar398 and fa398 (47 and 44: tunnels, bridges and mountain roads; 22 of
// ar398 Maghrebi, 11 of fa398's 44 cases Afghan) 0.960 and 0.981; ar399 and fa399 (45 and 45: perfume, cosmetics and
// beauty products; 20 of ar399 Maghrebi, 12 of fa399's 45 cases Afghan) 0.921 and 0.976;
// ar400 and fa400 (45 and 45: Christmas, Easter and Christian feasts; 20 of ar400 Maghrebi, 1 of fa400's 45 cases
// Afghan) 0.901 and 0.816; ar401 and fa401 (45 and 45: nuclear energy and nuclear talks; 20 of ar401 Maghrebi, 9 of
// fa401's 45 cases Afghan) 0.984 and 0.954; ar402 and fa402 (45 and 45: ski resorts, mountaineering and hiking; 20
// of ar402 Maghrebi, 15 of fa402's 45 cases Afghan) 0.984 and 0.988; ar403 (45: lotteries, prize draws and raffles;
// 17 Maghrebi) 0.993;
// ar404 and fa404 (45 and 43: pharmacies, medicine shortages and drug prices; 23 of ar404 Maghrebi, 11 of fa404's 43
// cases Afghan) 0.969 and 0.929; ar405 and fa405 (45 and 45: private school fees, tuition and school uniforms; 20 of
// ar405 Maghrebi, 17 of fa405's 45 cases Afghan) 0.971 and 0.981; ar406 and fa406 (45 and 45: taxis, buses and ride-
// hailing fares; 24 of ar406 Maghrebi, 8 of fa406's 45 cases Afghan) 0.959 and 1.0; ar407 and fa407 (45 and 45:
// concerts, orchestras and music festivals; 23 of ar407 Maghrebi, 12 of fa407's 45 cases Afghan) 0.990 and 1.0;
// ar408 and fa408 (45 and 45: landslides, sinkholes, volcanoes and land subsidence; 17 of ar408 Maghrebi, 15 of
// fa408's 45 cases Afghan) 0.980 and 0.971; ar409 and fa409 (45 and 45: tea, coffee, cafés and their harvests,
// prices and festivals; 20 of ar409 Maghrebi, 11 of fa409's 45 cases Afghan) 0.874 and 0.985; ar410 and fa410 (45
// and 45: Arbaeen, the Karbala walk and visits to shrines; 21 of ar410 Maghrebi, 8 of fa410's 45 cases Afghan) 0.895
// and 0.941; ar411 and fa411 (45 and 45: air pollution, sandstorms and dust, and school closures for them; 20 of
// ar411 Maghrebi, 15 of fa411's 45 cases Afghan) 1.0 and 0.938; ar412 and fa412 (45 and 45: kidnappings, missing
// persons and hostages freed; 21 of ar412 Maghrebi, 16 of fa412's 45 cases Afghan) 0.979 and 0.970; ar413 and fa413
// (45 and 45: football coaches' and players' contracts and signings; 20 of ar413 Maghrebi, 12 of fa413's 45 cases
// Afghan) 1.0 and 1.0; ar414 and fa414 (45 and 41: drowning, sea rescues, coast guard and the beach season; 20 of
// ar414 Maghrebi, 5 of fa414's 41 cases Afghan) 0.947 and 0.916; ar415 and fa415 (45 and 45: stadiums and sports
// venues opened, renovated or closed; 19 of ar415 Maghrebi, 13 of fa415's 45 cases Afghan) 0.948 and 0.965; ar416
// and fa416 (45 and 45: volunteering campaigns and volunteers' days; 20 of ar416 Maghrebi, 15 of fa416's 45 cases
// Afghan) 0.956 and 0.950; ar417 and fa417 (45 and 45: parks, amusement parks, water parks and public gardens; 20 of
// ar417 Maghrebi, 16 of fa417's 45 cases Afghan) 0.990 and 1.0; ar418 and fa418 (45 and 43: Quran recitation and
// memorisation competitions; 20 of ar418 Maghrebi, 1 of fa418's 43 cases Afghan) 0.927 and 0.988; ar419 and fa419
// (45 and 45: gas leaks, carbon monoxide and poisoning incidents; 22 of ar419 Maghrebi, 16 of fa419's 45 cases
// Afghan) 0.962 and 0.944;
// ar420 and fa420 (45 and 45: tribal reconciliation, blood money and revenge disputes; 19 of ar420 Maghrebi, 19 of
// fa420's 45 cases Afghan) 0.983 and 0.964; ar421 and fa421 (45 and 41: exam leaks, cheating and exam cancellations;
// 21 of ar421 Maghrebi, 5 of fa421's 41 cases Afghan) 0.925 and 0.941; ar422 and fa422 (45 and 45: medical errors,
// malpractice cases and health inspections; 20 of ar422 Maghrebi, 15 of fa422's 45 cases Afghan) 0.923 and 1.0;
// ar423 and fa423 (45 and 45: book and film bans, censorship and banned works; 19 of ar423 Maghrebi, 8 of fa423's 45
// cases Afghan) 0.970 and 0.927;
// ar424 and fa424 (45 and 44: emigration of doctors and professionals, brain drain; 22 of ar424 Maghrebi, 15 of
// fa424's 44 cases Afghan) 0.983 and 0.935; ar425 and fa425 (45 and 45: cemeteries, burials and grave fees; 19 of
// ar425 Maghrebi, 14 of fa425's 45 cases Afghan) 0.938 and 0.991; ar426 and fa426 (45 and 45: women's football and
// women's sports leagues; 21 of ar426 Maghrebi, 13 of fa426's 45 cases Afghan) 0.887 and 0.986; ar427 and fa427 (45
// and 45: herders, nomads and seasonal migration of flocks; 21 of ar427 Maghrebi, 14 of fa427's 45 cases Afghan)
// 0.951 and 0.902;
// ar428 and fa428 (45 and 45: smoking, tobacco and hookah bans, prices and campaigns; 21 of ar428 Maghrebi, 11 of
// fa428's 45 cases Afghan) 0.988 and 0.959; ar429 and fa429 (45 and 45: fraud, scams and swindles; 20 of ar429
// Maghrebi, 14 of fa429's 45 cases Afghan) 0.970 and 0.986; ar430 and fa430 (45 and 45: disability, autism and
// special needs; 20 of ar430 Maghrebi, 15 of fa430's 45 cases Afghan) 0.921 and 0.877; ar431 and fa431 (45 and 45:
// cancer, diabetes and chronic diseases; 22 of ar431 Maghrebi, 15 of fa431's 45 cases Afghan) 0.971 and 0.979;
// ar432 and fa432 (45 and 45: theft, burglary and armed robbery; 21 of ar432 Maghrebi, 17 of fa432's 45 cases
// Afghan) 0.967 and 1.0; ar433 and fa433 (45 and 43: domestic workers, recruitment and minimum wages; 24 of ar433
// Maghrebi, 15 of fa433's 43 cases Afghan) 0.963 and 0.819; ar434 and fa434 (45 and 39: snakebites, scorpion stings
// and dog bites; 21 of ar434 Maghrebi, 5 of fa434's 39 cases Afghan) 0.931 and 0.962; ar435 and fa435 (45 and 41:
// social media influencers, TikTok and YouTube; 20 of ar435 Maghrebi, 10 of fa435's 41 cases Afghan) 0.974 and 1.0;
// ar436 and fa436 (45 and 45: school violence, bullying and assaults on teachers; 25 of ar436 Maghrebi, 13 of
// fa436's 45 cases Afghan) 0.947 and 0.971; ar437 and fa437 (45 and 45: counterfeit goods and fake medicines; 20 of
// ar437 Maghrebi, 3 of fa437's 45 cases Afghan) 0.874 and 0.949; ar438 and fa438 (45 and 45: mental health and
// psychiatric services; 23 of ar438 Maghrebi, 15 of fa438's 45 cases Afghan) 0.989 and 0.938; ar439 and fa439 (45
// and 45: births, maternity and IVF; 20 of ar439 Maghrebi, 15 of fa439's 45 cases Afghan) 0.993 and 0.943;
// ar440 and fa440 (41 and 46: dowries, wedding costs and marriage registration; 18 of ar440 Maghrebi, 13 of fa440's
// 46 cases Afghan) 0.923 and 0.971; ar441 and fa441 (45 and 43: motorcycles, helmets, speed cameras and traffic
// campaigns; 22 of ar441 Maghrebi, 11 of fa441's 43 cases Afghan) 0.985 and 0.957; ar442 and fa442 (45 and 45:
// drones, surveillance cameras and smart cities; 20 of ar442 Maghrebi, 16 of fa442's 45 cases Afghan) 1.0 and 1.0;
// ar443 and fa443 (45 and 45: churches, Christian communities and interfaith events; 20 of ar443 Maghrebi, 16 of
// fa443's 45 cases Afghan) 0.970 and 0.939;
// ar444 and fa444 (45 and 43: gambling and betting; 19 of ar444 Maghrebi, 15 of fa444's 43 cases Afghan) 1.0 and
// 0.957; ar445 and fa445 (45 and 45: statues, monuments and memorials; 21 of ar445 Maghrebi, 15 of fa445's 45 cases
// Afghan) 0.958 and 0.967; ar446 and fa446 (45 and 45: elevator accidents and building safety; 22 of ar446 Maghrebi,
// 15 of fa446's 45 cases Afghan) 0.970 and 0.907; ar447 and fa447 (45 and 45: bicycles, cycling lanes and car-free
// days; 19 of ar447 Maghrebi, 10 of fa447's 45 cases Afghan) 0.960 and 1.0;
// ar448 and fa448 (44 and 44: motorsport, rallies and drifting; 19 of ar448 Maghrebi, 4 of fa448's 44 cases Afghan)
// 0.922 and 0.904; ar449 and fa449 (45 and 45: graffiti, murals and street art; 20 of ar449 Maghrebi, 14 of fa449's
// 45 cases Afghan) 0.897 and 0.956; ar450 and fa450 (44 and 44: pets, veterinary clinics and animal welfare; 19 of
// ar450 Maghrebi, 7 of fa450's 44 cases Afghan) 0.986 and 0.968; ar451 and fa451 (45 and 45: children's TV, cartoons
// and dubbing; 20 of ar451 Maghrebi, 7 of fa451's 45 cases Afghan) 0.878 and 0.974;
// ar452 and fa452 (45 and 41: Hajj and Umrah scams, fake travel agencies and stranded pilgrims (Persian: Arbaeen and
// pilgrimage travel); 24 of ar452 Maghrebi, 3 of fa452's 41 cases Afghan) 0.941 and 0.903; ar453 and fa453 (45 and
// 43: the deaf and the blind, sign language and braille; 23 of ar453 Maghrebi, 11 of fa453's 43 cases Afghan) 0.975
// and 0.935;
// ar454 and fa454 (45 and 45: divorce, child custody, alimony and family courts (Persian: mahriyeh claims); 20 of
// ar454 Maghrebi, 14 of fa454's 45 cases Afghan) 0.976 and 0.979; ar455 and fa455 (45 and 45: plastic bags,
// packaging and single-use plastic bans; 17 of ar455 Maghrebi, 12 of fa455's 45 cases Afghan) 0.992 and 0.966; ar456
// and fa456 (45 and 45: child labour, street children and child begging; 20 of ar456 Maghrebi, 16 of fa456's 45
// cases Afghan) 0.986 and 1.0; ar457 and fa457 (45 and 45: insurance companies, claims and compulsory insurance; 21
// of ar457 Maghrebi, 12 of fa457's 45 cases Afghan) 0.988 and 0.906; ar458 and fa458 (45 and 45: kindergartens,
// nurseries and early childhood education; 20 of ar458 Maghrebi, 15 of fa458's 45 cases Afghan) 0.936 and 0.964;
// ar459 and fa459 (45 and 45: traditional medicine, herbalists and cupping; 20 of ar459 Maghrebi, 16 of fa459's 45
// cases Afghan) 0.943 and 0.880; ar460 and fa460 (45 and 40: cyberattacks, hacking and data leaks; 20 of ar460
// Maghrebi, 9 of fa460's 40 cases Afghan) 0.950 and 0.981; ar461 and fa461 (45 and 45: civil defence, firefighters
// and fires in markets and factories; 23 of ar461 Maghrebi, 15 of fa461's 45 cases Afghan) 0.921 and 0.966;
// ar462 and fa462 (45 and 45: professional syndicates' and unions' elections (Persian: the medical council's, the
// bar's and the engineering council's); 22 of ar462 Maghrebi, 15 of fa462's 45 cases Afghan) 0.983 and 0.978; ar463
// and fa463 (45 and 45: teachers' pay, teacher recruitment and contract teachers; 22 of ar463 Maghrebi, 16 of
// fa463's 45 cases Afghan) 0.944 and 0.954; ar464 and fa464 (45 and 46: ambulances, emergency services and response
// times; 20 of ar464 Maghrebi, 10 of fa464's 46 cases Afghan) 0.972 and 1.0; ar465 and fa465 (45 and 45: press
// freedom, journalists arrested and newspaper or channel closures; 20 of ar465 Maghrebi, 15 of fa465's 45 cases
// Afghan) 0.969 and 0.925; ar466 and fa466 (45 and 45: football referees, disciplinary committees and player
// suspensions; 20 of ar466 Maghrebi, 6 of fa466's 45 cases Afghan) 0.977 and 0.959;
// ar467 and fa467 (45 and 45: sweets, confectionery and Ramadan and Eid sweets (Persian: Nowruz and Yalda sweets and
// nuts); 21 of ar467 Maghrebi, 11 of fa467's 45 cases Afghan) 1.0 and 0.944; ar468 and fa468 (45 and 45:
// homelessness, shelters and people sleeping rough in winter; 20 of ar468 Maghrebi, 19 of fa468's 45 cases Afghan)
// 0.983 and 1.0; ar469 and fa469 (45 and 43: dentists, eye care, cataract campaigns and optical shops; 24 of ar469
// Maghrebi, 13 of fa469's 43 cases Afghan) 0.989 and 0.971; ar470 and fa470 (45 and 41: inheritance disputes, wills
// and estates; 20 of ar470 Maghrebi, 17 of fa470's 41 cases Afghan) 0.978 and 0.978; ar471 and fa471 (45 and 45:
// fog, frost and cold waves affecting roads, schools and crops; 23 of ar471 Maghrebi, 14 of fa471's 45 cases Afghan)
// 0.927 and 0.964; ar472 and fa472 (45 and 45: circus, puppet theatre and children's festivals; 20 of ar472
// Maghrebi, 11 of fa472's 45 cases Afghan) 0.965 and 0.980;
// ar473 and fa473 (45 and 42: hairdressers, barbers and beauty salons; 20 of ar473 Maghrebi, 12 of fa473's 42 cases
// Afghan) 0.931 and 0.931; ar474 and fa474 (45 and 43: podcasts, audiobooks and online radio; 22 of ar474 Maghrebi,
// 17 of fa474's 43 cases Afghan) 0.978 and 0.967; ar475 and fa475 (45 and 45: fireworks, noise and bans on
// celebrations (Persian: firecrackers and Chaharshanbe Suri injuries); 20 of ar475 Maghrebi, 14 of fa475's 45 cases
// Afghan) 1.0 and 0.938; ar476 and fa476 (45 and 42: bottled water, juices and soft drinks; 21 of ar476 Maghrebi, 9
// of fa476's 42 cases Afghan) 0.977 and 0.989;
// ar477 and fa477 (45 and 44: tailors, clothing workshops and Eid clothes (Persian: Nowruz clothes); 24 of ar477
// Maghrebi, 13 of fa477's 44 cases Afghan) 0.913 and 0.920; ar478 and fa478 (45 and 45: orphanages, foster care and
// child adoption; 20 of ar478 Maghrebi, 14 of fa478's 45 cases Afghan) 0.956 and 0.981; ar479 and fa479 (45 and 45:
// desert camping, winter camps and spring picnics (Persian: Sizdah Bedar and nature outings); 20 of ar479 Maghrebi,
// 9 of fa479's 45 cases Afghan) 0.911 and 0.915; ar480 and fa480 (45 and 45: potholes, street lighting and road
// maintenance complaints; 20 of ar480 Maghrebi, 17 of fa480's 45 cases Afghan) 0.938 and 0.949;
// ar481 and fa481 (45 and 45: cricket leagues and matches in the Gulf and Oman (Persian: Afghanistan's national team
// and leagues); 14 of ar481 Maghrebi, 25 of fa481's 45 cases Afghan) 0.949 and 0.940; ar482 and fa482 (45 and 45:
// public baths, hammams and traditional bathhouses; 20 of ar482 Maghrebi, 8 of fa482's 45 cases Afghan) 0.964 and
// 0.863; ar483 and fa483 (45 and 45: pigeons, bird markets and pigeon racing; 15 of ar483 Maghrebi, 8 of fa483's 45
// cases Afghan) 0.957 and 0.987; ar484 and fa484 (45 and 45: gyms, fitness and bodybuilding competitions; 20 of
// ar484 Maghrebi, 14 of fa484's 45 cases Afghan) 0.981 and 0.919; ar485 and fa485 (45 and 45: sailing, rowing and
// yacht races (Persian: rowing and canoeing); 23 of ar485 Maghrebi, 11 of fa485's 45 cases Afghan) 0.953 and 0.962;
// ar486 and fa486 (45 and 45: pearl diving festivals, scuba diving and underwater clean-ups (Persian: billiards and
// snooker); 20 of ar486 Maghrebi, 6 of fa486's 45 cases Afghan) 0.974 and 0.985; ar487 and fa487 (45 and 45: milk,
// dairy and cheese; 22 of ar487 Maghrebi, 15 of fa487's 45 cases Afghan) 0.969 and 0.977; ar488 and fa488 (45 and
// 45: toys, dolls and toy fairs; 20 of ar488 Maghrebi, 8 of fa488's 45 cases Afghan) 0.929 and 0.950;
// ar489 and fa489 (45 and 45: pottery, ceramics and glass-blowing crafts (Persian: pottery, ceramics and tile-
// making); 23 of ar489 Maghrebi, 15 of fa489's 45 cases Afghan) 0.941 and 0.900; ar490 and fa490 (45 and 45:
// leather, shoes and furniture industries; 22 of ar490 Maghrebi, 14 of fa490's 45 cases Afghan) 0.955 and 0.931;
// ar491 and fa491 (45 and 45: pregnancy, maternity and breastfeeding; 23 of ar491 Maghrebi, 17 of fa491's 45 cases
// Afghan) 0.973 and 0.952; ar492 and fa492 (45 and 45: mosquitoes, malaria and dengue (Persian: malaria and
// leishmaniasis); 23 of ar492 Maghrebi, 9 of fa492's 45 cases Afghan) 1.0 and 0.952;
// ar493 and fa493 (45 and 45: salt production, salt flats and salt lakes; 21 of ar493 Maghrebi, 14 of fa493's 45
// cases Afghan) 0.974 and 0.941; ar494 and fa494 (45 and 45: printing houses, book printing and paper prices; 20 of
// ar494 Maghrebi, 15 of fa494's 45 cases Afghan) 0.926 and 0.988; ar495 and fa495 (45 and 44: textile mills,
// spinning and weaving (Persian: silk and silkworm rearing); 20 of ar495 Maghrebi, 12 of fa495's 44 cases Afghan)
// 0.938 and 0.990; ar496 and fa496 (45 and 45: missing persons and searches; 22 of ar496 Maghrebi, 18 of fa496's 45
// cases Afghan) 0.989 and 1.0;
// ar497 and fa497 (45 and 45: potatoes, onions and tomatoes; 21 of ar497 Maghrebi, 17 of fa497's 45 cases Afghan)
// 0.987 and 0.965; ar498 and fa498 (45 and 44: truffles and wild mushrooms (Persian: mushrooms and mushroom
// poisonings); 20 of ar498 Maghrebi, 6 of fa498's 44 cases Afghan) 0.973 and 0.943; ar499 and fa499 (45 and 45:
// lightning, thunderstorms and tornadoes; 20 of ar499 Maghrebi, 13 of fa499's 45 cases Afghan) 0.957 and 0.983;
// ar500 and fa500 (45 and 45: bananas, mangoes and tropical fruit; 18 of ar500 Maghrebi, 13 of fa500's 45 cases
// Afghan) 0.974 and 0.989;
// ar501 and fa501 (45 and 44: henna, embroidery and traditional dress crafts (Persian: embroidery and needlework);
// 20 of ar501 Maghrebi, 15 of fa501's 44 cases Afghan) 0.952 and 1.0; ar502 and fa502 (45 and 44: kites and kite
// festivals; 21 of ar502 Maghrebi, 11 of fa502's 44 cases Afghan) 0.962 and 1.0; ar503 and fa503 (45 and 45: caves,
// waterfalls and natural sites; 20 of ar503 Maghrebi, 8 of fa503's 45 cases Afghan) 1.0 and 0.931; ar504 and fa504
// (45 and 44: hot springs and thermal baths; 20 of ar504 Maghrebi, 1 of fa504's 44 cases Afghan) 0.989 and 0.955;
// ar505 and fa505 (45 and 41: oases and palm groves (Persian: shepherds and nomads); 22 of ar505 Maghrebi, 15 of
// fa505's 41 cases Afghan) 0.971 and 0.966; ar506 and fa506 (45 and 45: coral reefs and marine protected areas
// (Persian: whales, dolphins and sea turtles); 20 of ar506 Maghrebi, 0 of fa506's 45 cases Afghan) 0.977 and 0.945;
// ar507 and fa507 (45 and 45: dolphins, whales and sea turtles (Persian: coral reefs and mangrove forests); 21 of
// ar507 Maghrebi, 14 of fa507's 45 cases Afghan) 1.0 and 0.962; ar508 and fa508 (45 and 45: Bedouin life and desert
// heritage (Persian: sand dunes and desert tourism); 22 of ar508 Maghrebi, 14 of fa508's 45 cases Afghan) 0.952 and
// 0.966;
// ar509 and fa509 (45 and 45: castles, forts and historic palaces (Persian: castles and caravanserais); 22 of ar509
// Maghrebi, 16 of fa509's 45 cases Afghan) 0.942 and 0.965; ar510 and fa510 (45 and 45: new banknotes and coins
// (Persian: banknotes and redenomination); 20 of ar510 Maghrebi, 12 of fa510's 45 cases Afghan) 0.986 and 0.979;
// ar511 and fa511 (45 and 45: livestock and sheep markets (Persian: livestock and cattle farming); 20 of ar511
// Maghrebi, 15 of fa511's 45 cases Afghan) 0.991 and 0.970; ar512 and fa512 (45 and 45: space launches and
// satellites; 20 of ar512 Maghrebi, 3 of fa512's 45 cases Afghan) 0.943 and 0.959;
// ar513 and fa513 (45 and 45: wolves and wild animal attacks (Persian: wolves, bears and leopards); 18 of ar513
// Maghrebi, 4 of fa513's 45 cases Afghan) 0.981 and 1.0; ar514 and fa514 (45 and 45: marble, quarries and building
// materials (Persian: stone quarries); 20 of ar514 Maghrebi, 15 of fa514's 45 cases Afghan) 0.980 and 0.978; ar515
// and fa515 (45 and 45: tyres, batteries and spare parts (Persian: car parts); 21 of ar515 Maghrebi, 9 of fa515's 45
// cases Afghan) 0.935 and 0.974; ar516 and fa516 (45 and 45: novels and literary prizes; 22 of ar516 Maghrebi, 14 of
// fa516's 45 cases Afghan) 0.881 and 0.954;
// ar517 and fa517 (45 and 45: mountaineering and skiing (Persian: mountaineering and climbing); 21 of ar517
// Maghrebi, 10 of fa517's 45 cases Afghan) 0.945 and 0.977; ar518 and fa518 (45 and 45: waqf and endowments
// (Persian: endowments and charities); 21 of ar518 Maghrebi, 13 of fa518's 45 cases Afghan) 0.986 and 0.983; ar519
// and fa519 (45 and 45: hot air balloons and air shows (Persian: paragliding and air sports); 22 of ar519 Maghrebi,
// 12 of fa519's 45 cases Afghan) 0.984 and 1.0; ar520 and fa520 (45 and 45: civil status and ID cards (Persian:
// civil registration and national ID); 21 of ar520 Maghrebi, 15 of fa520's 45 cases Afghan) 0.944 and 0.927;
// ar521 and fa521 (45 and 45: lighthouses and old harbours (Persian: historic ports and lighthouses); 19 of ar521
// Maghrebi, 13 of fa521's 45 cases Afghan) 0.972 and 0.909; ar522 and fa522 (45 and 44: antiques and manuscripts
// (Persian: antiques, manuscripts and auctions); 21 of ar522 Maghrebi, 12 of fa522's 44 cases Afghan) 0.993 and
// 0.927; ar523 and fa523 (45 and 45: copper and metal crafts (Persian: copper handicrafts); 20 of ar523 Maghrebi, 15
// of fa523's 45 cases Afghan) 0.966 and 1.0; ar524 and fa524 (45 and 45: cemeteries, tombs and shrines (Persian:
// shrines and mausoleums); 22 of ar524 Maghrebi, 17 of fa524's 45 cases Afghan) 0.960 and 0.923;
// ar525 and fa525 (45 and 44: motorcycles and motorbikes; 25 of ar525 Maghrebi, 13 of fa525's 44 cases
// Afghan) 0.987 and 1.0; ar526 (43: children's summer camps and youth clubs; 21 Maghrebi) 0.950; ar527 (45:
// calligraphy exhibitions and competitions; 28 Maghrebi) 0.941; ar528 and fa528 (45 and 44: drowning and beach
// safety (Persian: drowning incidents); 19 of ar528 Maghrebi, 7 of fa528's 44 cases Afghan) 0.977 and 0.883;
// fa526 and fa527 (filled to 50 and 45: fa526: children's summer camps and youth programmes, 15 of 50 Afghan; fa527:
// calligraphy exhibitions and competitions, 14 of 45 Afghan) 0.943 and 0.926; ar529 and fa529 (45 and 45: lotteries
// and draws (Persian: draws and lotteries); 19 of ar529 Maghrebi, 6 of fa529's 45 cases Afghan) 0.935 and 0.879;
// ar530 and fa530 (45 and 45: religious chanting and inshad (Persian: eulogists and religious chanting); 20 of ar530
// Maghrebi, 10 of fa530's 45 cases Afghan) 0.891 and 0.953; ar531 and fa531 (45 and 45: daylight saving and clock
// changes (Persian: official time and clock changes); 20 of ar531 Maghrebi, 0 of fa531's 45 cases Afghan) 0.894 and
// 0.971; ar532 and fa532 (45 and 45: garbage collection and street cleaning (Persian: waste collection); 21 of ar532
// Maghrebi, 12 of fa532's 45 cases Afghan) 0.975 and 0.985; ar533 and fa533 (45 and 44: twins and notable births
// (Persian: multiple births and first babies of the year); 21 of ar533 Maghrebi, 9 of fa533's 44 cases Afghan) 0.929
// and 0.932; ar534 and fa534 (45 and 45: furniture and woodwork (Persian: furniture and inlay crafts); 21 of ar534
// Maghrebi, 9 of fa534's 45 cases Afghan) 0.960 and 0.961;
// ar535 and fa535 (45 and 45: memoirs and diaries; 19 of ar535 Maghrebi, 15 of fa535's 45 cases Afghan) 0.904 and
// 0.982; ar536 and fa536 (45 and 45: tides and marine weather warnings (Persian: sea conditions and marine
// warnings); 22 of ar536 Maghrebi, 9 of fa536's 45 cases Afghan) 0.823 and 0.869; ar537 and fa537 (45 and 45: poetry
// festivals and poets (Persian: poetry nights and poets); 20 of ar537 Maghrebi, 15 of fa537's 45 cases Afghan) 0.985
// and 0.974; ar538 and fa538 (45 and 42: TV series and broadcast schedules; 20 of ar538 Maghrebi, 10 of fa538's 42
// cases Afghan) 0.989 and 0.958; ar539 and fa539 (45 and 45: rare historical photographs and archives (Persian: old
// photographs and documents); 21 of ar539 Maghrebi, 18 of fa539's 45 cases Afghan) 0.976 and 0.970; ar540 and fa540
// (45 and 45: daily market prices (Persian: daily prices of fruit, vegetables and meat); 21 of ar540 Maghrebi, 7 of
// fa540's 45 cases Afghan) 0.969 and 0.957; ar541 and fa541 (45 and 45: graduation ceremonies and school trips; 21
// of ar541 Maghrebi, 13 of fa541's 45 cases Afghan) 0.887 and 0.989; ar542 and fa542 (45 and 45: foreign festivals
// and holidays; 20 of ar542 Maghrebi, 9 of fa542's 45 cases Afghan) 0.848 and 0.862; ar543 and fa543 (45 and 45:
// piracy and ship hijackings (Persian: piracy and seized ships); 22 of ar543 Maghrebi, 5 of fa543's 45 cases Afghan)
// 0.963 and 0.962; ar544 and fa544 (45 and 44: Guinness world records; 19 of ar544 Maghrebi, 14 of fa544's 44 cases
// Afghan) 0.951 and 0.977;
// ar545 (44: newspapers' publication suspensions and press holidays; 12 Maghrebi) 0.895;
// fa545, fa546, fa547, fa548, ar546, ar547 and ar548 (filled to 45 each: fa545: newspapers' publication suspensions
// and press holidays, 17 of 45 Afghan; fa546: prison visits, 14 of 45 Afghan; fa547: swimming pools and sports
// halls, 13 of 45 Afghan; fa548: road tolls, 16 of 45 Afghan; ar546: prison visits, 21 of 45 Maghrebi; ar547:
// swimming pools and sports halls, 22 of 45 Maghrebi; ar548: road tolls, 19 of 45 Maghrebi) 0.908, 0.951, 0.946,
// 0.957, 0.923, 0.942 and 0.977; ar549 and fa549 (45 and 45: parking fees and traffic cameras; 21 of ar549 Maghrebi,
// 12 of fa549's 45 cases Afghan) 0.968 and 0.901; ar550 and fa550 (45 and 45: demolitions of illegal buildings; 20
// of ar550 Maghrebi, 16 of fa550's 45 cases Afghan) 0.969 and 1.0; ar551 and fa551 (45 and 45: student housing and
// dormitories; 21 of ar551 Maghrebi, 15 of fa551's 45 cases Afghan) 0.940 and 0.935; ar552 and fa552 (45 and 45:
// road paving and asphalt works; 20 of ar552 Maghrebi, 15 of fa552's 45 cases Afghan) 0.954 and 0.940; ar553 and
// fa553 (45 and 45: sewage, drainage and flooded streets; 21 of ar553 Maghrebi, 15 of fa553's 45 cases Afghan) 0.978
// and 0.983; ar554 and fa554 (45 and 45: fog, frost and cold waves; 20 of ar554 Maghrebi, 12 of fa554's 45 cases
// Afghan) 0.917 and 0.966; ar555 and fa555 (45 and 45: referendums and constitutional votes; 21 of ar555 Maghrebi,
// 15 of fa555's 45 cases Afghan) 0.925 and 0.952; ar556 and fa556 (45 and 45: postal services and stamps; 23 of
// ar556 Maghrebi, 7 of fa556's 45 cases Afghan) 0.989 and 0.912;
// ar557 and fa557 (45 and 45: traffic lights and road signs; 20 of ar557 Maghrebi, 5 of fa557's 45 cases Afghan)
// 0.909 and 0.959; ar558 and fa558 (45 and 43: snake and scorpion stings; 23 of ar558 Maghrebi, 0 of fa558's 43 cases
// Afghan) 0.974 and 0.941; ar559 and fa559 (44 and 45: dowries, wedding costs and collective weddings; 21 of ar559
// Maghrebi, 13 of fa559's 45 cases Afghan) 0.906 and 0.977; ar560 and fa560 (46 and 45: lost and found, lost
// documents and returned wallets; 23 of ar560 Maghrebi, 4 of fa560's 45 cases Afghan) 0.938 and 0.981;
// ar561 and fa561 (45 and 45: rain prayers and drought; 20 of ar561 Maghrebi, 13 of fa561's 45 cases Afghan) 0.963
// and 0.901; ar562 and fa562 (45 and 45: elevators and lift accidents and building safety inspections; 20 of ar562
// Maghrebi, 14 of fa562's 45 cases Afghan) 0.982 and 0.967; ar563 and fa563 (45 and 45: street vendors and hawkers;
// 20 of ar563 Maghrebi, 14 of fa563's 45 cases Afghan) 0.982 and 0.961; ar564 and fa564 (45 and 45: noise complaints
// and noise pollution; 21 of ar564 Maghrebi, 12 of fa564's 45 cases Afghan) 0.979 and 0.972; ar565 and fa565 (45 and
// 45: cable cars, funiculars and mountain resorts; 20 of ar565 Maghrebi, 14 of fa565's 45 cases Afghan) 0.889 and
// 0.983; ar566 and fa566 (45 and 45: public toilets and homeless shelters; 23 of ar566 Maghrebi, 13 of fa566's 45
// cases Afghan) 0.968 and 0.911; ar567 and fa567 (45 and 45: historical events, wars, treaties and revolutions; 16 of
// ar567 Maghrebi, 14 of fa567's 45 cases Afghan) 0.900 and 0.954; ar568 and fa568 (45 and 45: cities, towns and
// villages; 19 of ar568 Maghrebi, 15 of fa568's 45 cases Afghan) 0.952 and 0.885; ar569 and fa569 (45 and 45:
// dynasties, rulers, sultans and caliphs; 17 of ar569 Maghrebi, 15 of fa569's 45 cases Afghan) 0.875 and 0.848; ar570
// and fa570 (45 and 45: football clubs, tournaments and seasons; 16 of ar570 Maghrebi, 12 of fa570's 45 cases Afghan)
// 0.943 and 0.916; ar571 and fa571 (45 and 45: scholars, poets and writers; 18 of ar571 Maghrebi, 15 of fa571's 45
// cases Afghan) 0.902 and 0.889; ar572 and fa572 (45 and 45: mosques, shrines, castles and monuments; 16 of ar572
// Maghrebi, 13 of fa572's 45 cases Afghan) 0.840 and 0.875; ar573 and fa573 (45 and 45: newspapers, magazines and
// radio stations; 15 of ar573 Maghrebi, 12 of fa573's 45 cases Afghan) 0.932 and 0.899; ar574 and fa574 (45 and 45:
// governments, cabinets, parties and parliaments; 16 of ar574 Maghrebi, 15 of fa574's 45 cases Afghan) 0.924 and
// 0.943;
// ar575 and fa575 (45 and 45: singers, actors and films; 16 of ar575 Maghrebi, 14 of fa575's 45 cases Afghan) 0.960
// and 0.949; ar576 and fa576 (45 and 45: universities, schools and hospitals; 17 of ar576 Maghrebi, 15 of fa576's 45
// cases Afghan) 0.964 and 0.875; ar577 and fa577 (45 and 45: earthquakes, floods and epidemics in history; 18 of
// ar577 Maghrebi, 15 of fa577's 45 cases Afghan) 0.902 and 0.879; ar578 and fa578 (45 and 45: airlines, railways and
// ports; 17 of ar578 Maghrebi, 14 of fa578's 45 cases Afghan) 0.965 and 0.986;
// ar579 and fa579 (45 and 45: athletes' biographies, births, transfers and records; 20 of ar579 Maghrebi, 14 of
// fa579's 45 cases Afghan) 0.985 and 0.967; ar580 and fa580 (45 and 45: anniversaries and commemorations of
// historical events; 20 of ar580 Maghrebi, 13 of fa580's 45 cases Afghan) 0.900 and 0.972; ar581 and fa581 (45 and
// 45: inventions, discoveries and scientists in history; 21 of ar581 Maghrebi, 15 of fa581's 45 cases Afghan) 0.961
// and 0.899; ar582 and fa582 (45 and 45: streets, squares and places named after dates, and other date-looking names;
// 20 of ar582 Maghrebi, 12 of fa582's 45 cases Afghan) 0.867 and 0.889; ar583 and fa583 (45 and 45: museums,
// archaeological excavations and antiquities; 20 of ar583 Maghrebi, 14 of fa583's 45 cases Afghan) 0.931 and 0.933;
// ar584 and fa584 (45 and 45: elections and presidents' terms in history; 20 of ar584 Maghrebi, 13 of fa584's 45
// cases Afghan) 0.958 and 0.971; ar585 and fa585 (45 and 45: dams, canals, bridges and railways in history; 21 of
// ar585 Maghrebi, 13 of fa585's 45 cases Afghan) 0.983 and 0.981; ar586 and fa586 (45 and 45: obituaries and
// biographies of artists and public figures; 20 of ar586 Maghrebi, 12 of fa586's 45 cases Afghan) 0.980 and 0.941;
// ar587 and fa587 (45 and 45: weather records, heat waves, snow and storms in history; 20 of ar587 Maghrebi, 13 of
// fa587's 45 cases Afghan) 0.895 and 0.970; ar588 and fa588 (45 and 45: Hijri dates in history and religious
// occasions with Gregorian twins; 20 of ar588 Maghrebi, 12 of fa588's 45 cases Afghan) 0.823 and 0.856; ar589 and
// fa589 (45 and 45: laws, decrees and court rulings with their numbers and dates; 21 of ar589 Maghrebi, 14 of fa589's
// 45 cases Afghan) 0.962 and 0.953; ar590 and fa590 (45 and 45: TV and radio schedules, match kick-offs and clock
// times with zones; 21 of ar590 Maghrebi, 12 of fa590's 45 cases Afghan) 0.949 and 0.908; ar591 and fa591 (45 and 45:
// budgets, fiscal years and quarterly economic reports; 20 of ar591 Maghrebi, 14 of fa591's 45 cases Afghan) 0.941
// and 0.970; ar592 and fa592 (45 and 45: school calendars, exam timetables and registration deadlines; 21 of ar592
// Maghrebi, 13 of fa592's 45 cases Afghan) 0.938 and 0.991;
// ar593 and fa593 (45 and 45: diplomatic visits, summits and official meetings; 20 of ar593 Maghrebi, 15 of fa593's
// 45 cases Afghan) 0.971 and 0.969; ar594 and fa594 (45 and 45: eclipses, moon sighting and astronomical events with
// clock times; 21 of ar594 Maghrebi, 3 of fa594's 45 cases Afghan) 0.929 and 0.909; ar595 and fa595 (45 and 45:
// league fixtures and results with weekdays and kick-off times; 21 of ar595 Maghrebi, 12 of fa595's 45 cases Afghan)
// 0.919 and 0.961; ar596 and fa596 (45 and 45: harvests, planting seasons and agricultural calendars; 20 of ar596
// Maghrebi, 13 of fa596's 45 cases Afghan) 0.975 and 0.983;
// fa403 (45: lotteries and prize draws; 12 of 45 Afghan) 0.970; ar597 and fa597 (45 and 45: strikes, protests and
// sit-ins with their dates and hours; 20 of ar597 Maghrebi, 14 of fa597's 45 cases Afghan) 0.927 and 0.957; ar598 and
// fa598 (45 and 45: fuel, gas and electricity prices with their effective dates; 21 of ar598 Maghrebi, 15 of fa598's
// 45 cases Afghan) 0.915 and 1.0; ar599 and fa599 (45 and 45: Hajj, Umrah and pilgrimage schedules; 20 of ar599
// Maghrebi, 5 of fa599's 45 cases Afghan) 0.881 and 0.984; ar600 and fa600 (45 and 45: housing projects, delivery
// dates and real estate; 20 of ar600 Maghrebi, 14 of fa600's 45 cases Afghan) 0.802 and 1.0; ar601 and fa601 (45 and
// 45: flight schedules, airport delays and arrivals with clock times; 20 of ar601 Maghrebi, 15 of fa601's 45 cases
// Afghan) 0.960 and 0.929; ar602 and fa602 (45 and 45: court hearings adjourned to later dates; 21 of ar602 Maghrebi,
// 14 of fa602's 45 cases Afghan) 0.957 and 1.0; ar603 and fa603 (45 and 45: ceasefires and truces: start, extension
// and end dates and hours; 18 of ar603 Maghrebi, 15 of fa603's 45 cases Afghan) 0.903 and 0.984; ar604 (45: exam
// timetables and results announcements; 20 Maghrebi) 0.931; ar605 (45: religious occasions with their Hijri and
// Gregorian dates; 20 Maghrebi) 0.925; ar606 (45: football fixtures and kick-off times in the Maghreb and the Gulf;
// 19 Maghrebi) 0.968; ar607 (45: quarterly economic and market reports with periods; 20 Maghrebi) 0.923;
// ar608 (45: weather forecasts, storms and heat waves with days and hours; 19 Maghrebi) 0.968; ar609 (45: official
// holidays, leave and working hours decisions; 20 Maghrebi) 0.846; ar610 (45: obituaries and funerals with prayer
// times and days; 20 Maghrebi) 0.938; ar611 (45: historical anniversaries with Hijri and Gregorian twin dates; 20
// Maghrebi) 0.919; fa604 (45: official holidays and office closures; 11 of 45 Afghan) 0.955; fa605 (45: religious
// occasions and their lunar Hijri and Solar Hijri dates; 13 of 45 Afghan) 0.876;
// ar612 (45: municipal services, water and power cuts with their hours; 18 Maghrebi) 0.918; ar613 (45: Ramadan
// timings: iftar, suhur, prayer times and working hours; 20 Maghrebi) 0.946; ar614 (45: university registration,
// application deadlines and academic calendars; 21 Maghrebi) 0.786; ar615 (45: concerts, festivals and cultural
// events with dates and hours; 20 Maghrebi) 0.957; fa606 (45: exam schedules and university entrance; 7 of 45 Afghan)
// 0.974; fa607 (45: weather warnings, snow, dust storms and school closures; 12 of 45 Afghan) 0.945;
// ar616 (45: court verdicts, sentences and appeals with their dates; 26 Maghrebi) 0.992; ar618 (45: election
// calendars: registration, campaigning and voting days; 34 Maghrebi) 0.906;
// ar617 (45: football match reports and results with dates and times; 21 Maghrebi) 0.885; ar619 (45: health and
// vaccination campaigns with their days; 20 Maghrebi) 0.964; fa608 (45: football league fixtures and match reports
// with dates and times; 14 of 45 Afghan) 0.921; fa609 (45: Afghan government announcements and events with zodiac
// month dates; 15 of 45 Afghan) 0.951; ar620 (45: stock exchange trading sessions, IPO subscription periods and
// dividend dates; 20 Maghrebi) 0.979; ar621 (45: visa, residency and passport deadlines and grace periods; 20
// Maghrebi) 0.977; ar622 (45: conferences, exhibitions and book fairs; 21 Maghrebi) 0.978; ar624 (45: road, bridge
// and metro closures and timetable changes; 21 Maghrebi) 0.829; ar625 (45: transfer windows, registration and
// deadline periods in sports and competitions; 20 Maghrebi) 0.916; ar626 (45: taxes, customs, tariffs and price
// changes with effective dates; 20 Maghrebi) 1.0; fa610 (45: conferences, exhibitions and book fairs; 13 of 45
// Afghan) 0.979;
// ar623 (45: TV broadcast schedules: series, programmes and matches on channels; 20 Maghrebi) 0.945; fa611 (45:
// sports fixtures and league schedules; 12 of 45 Afghan) 0.983; fa612 (45: TV series broadcast times, cinema releases
// and concert dates; 14 of 45 Afghan) 0.950;
// ar627 (45: airlines: flight suspensions, resumptions and new routes with dates and times; 21 Maghrebi) 1.0; ar628
// (45: match and tournament schedules given in several time zones; 21 Maghrebi) 0.915; ar629 (45: weather alerts with
// spans of days and hours; 20 Maghrebi) 0.988; ar630 (45: court sessions and trials adjourned, with hearing dates in
// the Gulf and Levant; 20 Maghrebi) 0.955; fa613 (45: school and university calendars, exam dates and term starts; 13
// of 45 Afghan) 0.944; fa614 (45: markets and prices: gold, currency and fuel price changes with dates; 13 of 45
// Afghan) 0.927;
// ar631 (45: moon sighting and the start of Hijri months: Ramadan, Shawwal, Dhu al-Hijja announcements with their
// Gregorian twins; 20 Maghrebi) 0.863; ar632 (45: Iraqi and Levantine news with Syriac month names; 20 Maghrebi)
// 0.901; ar633 (45: Maghrebi school and exam calendars with French-derived month names; 22 Maghrebi) 0.914; ar634
// (45: Egyptian prices, fuel and subsidies news with relative months and days; 18 Maghrebi) 0.986; ar635 (45: Gulf
// official decisions and gazettes dated in Hijri with Gregorian twins; 20 Maghrebi) 0.904; fa616 (45: historical
// anniversaries: on this day, with Solar Hijri, lunar Hijri and Gregorian dates; 15 of 45 Afghan) 0.908;
// ar638 (45: Gulf sports: tournaments, races and championships with date ranges and kick-off times; 17 Maghrebi)
// 0.946; fa615 (45: religious occasions in Iran's official calendar: Muharram, Arbaeen, Ramadan nights, Eid holidays
// with lunar dates; 8 of 45 Afghan) 0.889; fa617 (45: Afghan provincial news: security, floods, aid distributions
// with zodiac months and Hijri twins; 15 of 45 Afghan) 0.975; fa619 (40: Afghan culture and sports: festivals,
// matches and ceremonies with zodiac months; 11 of 40 Afghan) 0.958.
// The floor is where the extractor stands; it only goes up, to the goal of 0.95. (ar106's went from 0.78 to 0.77
// when ar106-040's Hijri year and its Gregorian twin, two gold entries both
// found, became one, as the sets write such a pair: 0.777 with the build
// before, 0.779 now.)
TEST_CASE("eval: realtext/ar3 … ar638, fa3 … fa619: fresh Arabic and Persian news", "[eval][realtext]") {
  for (const auto& [set, floor] : {std::pair<const char*, double>{"realtext/ar3.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa3.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar4.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa4.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar5.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa5.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar6.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa6.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar7.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa7.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar8.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa8.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar9.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa9.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar10.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa10.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar11.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa11.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar12.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa12.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar13.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa13.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar14.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa14.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar15.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa15.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar16.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa16.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar17.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa17.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar18.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa18.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar19.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa19.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar20.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa20.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar21.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa21.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar22.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa22.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar23.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa23.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar24.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa24.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar25.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa25.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar26.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa26.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar27.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa27.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar28.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa28.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar29.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa29.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar30.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa30.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar31.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa31.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar32.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa32.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar33.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa33.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar34.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa34.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar35.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa35.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar36.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa36.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar37.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa37.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar38.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa38.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar39.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa39.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar40.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa40.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar41.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa41.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar42.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa42.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar43.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa43.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar44.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa44.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar45.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa45.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar46.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa46.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar47.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa47.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar48.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa48.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar49.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa49.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar50.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa50.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar51.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa51.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar52.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa52.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar53.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa53.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar54.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa54.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar55.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa55.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar56.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa56.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar57.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa57.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/ar58.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa58.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar59.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa59.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar60.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa60.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar61.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa61.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar62.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa62.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar63.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa63.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar64.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa64.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar65.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa65.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar66.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa66.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar67.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa67.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar68.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa68.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar69.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa69.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar70.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa70.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar71.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa71.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar72.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa72.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar73.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa73.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar74.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa74.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar75.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa75.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar76.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa76.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar77.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa77.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar78.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa78.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar79.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa79.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar80.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa80.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar81.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa81.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar82.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa82.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar83.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa83.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar84.jsonl", 0.84},
                                   std::pair<const char*, double>{"realtext/fa84.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar85.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/fa85.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar86.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa86.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar87.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa87.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar88.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa88.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar89.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/fa89.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar90.jsonl", 0.84},
                                   std::pair<const char*, double>{"realtext/fa90.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar91.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/fa91.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/ar92.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa92.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar93.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa93.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar94.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa94.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar95.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa95.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar96.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa96.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar97.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa97.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar98.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa98.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar99.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa99.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar100.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa100.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar101.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa101.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar102.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa102.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar103.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa103.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar104.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa104.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar105.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa105.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar106.jsonl", 0.78},
                                   std::pair<const char*, double>{"realtext/fa106.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar107.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa107.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar108.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa108.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar109.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa109.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar110.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa110.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar111.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa111.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar112.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa112.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar113.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa113.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar114.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa114.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar115.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa115.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar116.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa116.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar117.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa117.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar118.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa118.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar119.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa119.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar120.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa120.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar121.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa121.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar122.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa122.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar123.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa123.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar124.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa124.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar125.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa125.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar126.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa126.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/ar127.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa127.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar128.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa128.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar129.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa129.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar130.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa130.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar131.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa131.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar132.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa132.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar133.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa133.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar134.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa134.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar135.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa135.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar136.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa136.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar137.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa137.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar138.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa138.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar139.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa139.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar140.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa140.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar141.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa141.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar142.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa142.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar143.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa143.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar144.jsonl", 0.86},
                                   std::pair<const char*, double>{"realtext/fa144.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar145.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa145.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar146.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa146.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar147.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa147.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar148.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa148.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar149.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa149.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar150.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa150.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar151.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa151.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar152.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa152.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar153.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa153.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar154.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa154.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar155.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa155.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar156.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa156.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar157.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa157.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar158.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa158.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar159.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa159.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar160.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa160.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar161.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa161.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar162.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa162.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar163.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa163.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar164.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa164.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar165.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa165.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar166.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa166.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar167.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa167.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar168.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa168.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar169.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa169.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar170.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa170.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar171.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa171.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar172.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa172.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar173.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa173.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar174.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa174.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar175.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa175.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar176.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa176.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/ar177.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa177.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar178.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa178.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar179.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa179.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar180.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa180.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar181.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa181.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar182.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa182.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar183.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa183.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar184.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa184.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar185.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa185.jsonl", 0.83},
                                   std::pair<const char*, double>{"realtext/ar186.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa186.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar187.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa187.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar188.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa188.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar189.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa189.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar190.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa190.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar191.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa191.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar192.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa192.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar193.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa193.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar194.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa194.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/ar195.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa195.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar196.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa196.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar197.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa197.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar198.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa198.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar199.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa199.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar200.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa200.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar201.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa201.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar202.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa202.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar203.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa203.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar204.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa204.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar205.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa205.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar206.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa206.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar207.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa207.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar208.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa208.jsonl", 0.82},
                                   std::pair<const char*, double>{"realtext/ar209.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa209.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar210.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa210.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar211.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa211.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar212.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa212.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar213.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa213.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar214.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa214.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar215.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa215.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar216.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa216.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar217.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa217.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar218.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa218.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar219.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa219.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar220.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa220.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar221.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa221.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar222.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa222.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar223.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa223.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar224.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa224.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar225.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa225.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar226.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa226.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar227.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa227.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar228.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa228.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar229.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa229.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar230.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa230.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar231.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa231.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar232.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa232.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar233.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa233.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar234.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa234.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar235.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa235.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar236.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa236.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar237.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa237.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar238.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa238.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar239.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa239.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar240.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa240.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/ar241.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa241.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar242.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa242.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar243.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa243.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar244.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa244.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar245.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa245.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar246.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa246.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar247.jsonl", 0.84},
                                   std::pair<const char*, double>{"realtext/fa247.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar248.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa248.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar249.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa249.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar250.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa250.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar251.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa251.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar252.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa252.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar253.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa253.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar254.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa254.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar255.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa255.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar256.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa256.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar257.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa257.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar258.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa258.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar259.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa259.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar260.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa260.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar261.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa261.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar262.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa262.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar263.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa263.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar264.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa264.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar265.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa265.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar266.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa266.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar267.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa267.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar268.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa268.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar269.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa269.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar270.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa270.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar271.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa271.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar272.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa272.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar273.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa273.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar274.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa274.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar275.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa275.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar276.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa276.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar277.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa277.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar278.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa278.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar279.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa279.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar280.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa280.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar281.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa281.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar282.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa282.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar283.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa283.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar284.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa284.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar285.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa285.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar286.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa286.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar287.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa287.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar288.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa288.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar289.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa289.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar290.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa290.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar291.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa291.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar292.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa292.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar293.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa293.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar294.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa294.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar295.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa295.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar296.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa296.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar297.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa297.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar298.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa298.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar299.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa299.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar300.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa300.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar301.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa301.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar302.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa302.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar303.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa303.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar304.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa304.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar305.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa305.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar306.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa306.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar307.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa307.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar308.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa308.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar309.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa309.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar310.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa310.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar311.jsonl", 0.86},
                                   std::pair<const char*, double>{"realtext/fa311.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar312.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa312.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar313.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa313.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar314.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa314.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar315.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa315.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar316.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa316.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar317.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa317.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar318.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa318.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar319.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa319.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar320.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa320.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar321.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa321.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar322.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa322.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar323.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa323.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar324.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa324.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar325.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa325.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar326.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa326.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/ar327.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa327.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar328.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa328.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar329.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa329.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar330.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa330.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar331.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa331.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar332.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa332.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar333.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa333.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar334.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa334.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar335.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa335.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar336.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa336.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar337.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa337.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar338.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa338.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar339.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa339.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar340.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa340.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar341.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa341.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar342.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa342.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar343.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa343.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar344.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa344.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar345.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa345.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar346.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa346.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar347.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa347.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar348.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa348.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar349.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa349.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar350.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa350.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar351.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa351.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar352.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa352.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar353.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa353.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar354.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa354.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar355.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa355.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar356.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa356.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar357.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa357.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar358.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa358.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar359.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa359.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar360.jsonl", 0.86},
                                   std::pair<const char*, double>{"realtext/fa360.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar361.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa361.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar362.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa362.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar363.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa363.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar364.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa364.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar365.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa365.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar366.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa366.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar367.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa367.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar368.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa368.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar369.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa369.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar370.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa370.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar371.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa371.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar372.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa372.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar373.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa373.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar374.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa374.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar375.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa375.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar376.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa376.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar377.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa377.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar378.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa378.jsonl", 0.86},
                                   std::pair<const char*, double>{"realtext/ar379.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa379.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar380.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa380.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar381.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa381.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar382.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa382.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar383.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar384.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa383.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa384.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar385.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa385.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar386.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa386.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar387.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa387.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar388.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa388.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar389.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa389.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar390.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa390.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar391.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa391.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar392.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa392.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar393.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa393.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar394.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa394.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar395.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa395.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar396.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa396.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar397.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa397.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar398.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa398.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar399.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa399.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar400.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa400.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/ar401.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa401.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar402.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa402.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar403.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar404.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa404.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar405.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa405.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar406.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa406.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar407.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa407.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar408.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa408.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar409.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa409.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar410.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa410.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar411.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa411.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar412.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa412.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar413.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa413.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar414.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa414.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar415.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa415.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar416.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa416.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar417.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa417.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar418.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa418.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar419.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa419.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar420.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa420.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar421.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa421.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar422.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa422.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar423.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa423.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar424.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa424.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar425.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa425.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar426.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa426.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar427.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa427.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar428.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa428.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar429.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa429.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar430.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa430.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar431.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa431.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar432.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa432.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar433.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa433.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar434.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa434.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar435.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa435.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar436.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa436.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar437.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa437.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar438.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa438.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar439.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa439.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar440.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa440.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar441.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa441.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar442.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa442.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar443.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa443.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar444.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa444.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar445.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa445.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar446.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa446.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar447.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa447.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar448.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa448.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar449.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa449.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar450.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa450.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar451.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa451.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar452.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa452.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar453.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa453.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar454.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa454.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar455.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa455.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar456.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa456.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar457.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa457.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar458.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa458.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar459.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa459.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar460.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa460.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar461.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa461.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar462.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa462.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar463.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa463.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar464.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa464.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar465.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa465.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar466.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa466.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar467.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa467.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar468.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa468.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar469.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa469.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar470.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa470.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar471.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa471.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar472.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa472.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar473.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa473.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar474.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa474.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar475.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa475.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar476.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa476.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar477.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa477.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar478.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa478.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar479.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa479.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar480.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa480.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar481.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa481.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar482.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa482.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar483.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa483.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar484.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa484.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar485.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa485.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar486.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa486.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar487.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa487.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar488.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa488.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar489.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa489.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar490.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa490.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar491.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa491.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar492.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa492.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar493.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa493.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar494.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa494.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar495.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa495.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar496.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa496.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar497.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa497.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar498.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa498.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar499.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa499.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar500.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa500.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar501.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa501.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar502.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa502.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar503.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa503.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar504.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa504.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar505.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa505.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar506.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa506.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar507.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa507.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar508.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa508.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar509.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa509.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar510.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa510.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar511.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa511.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar512.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa512.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar513.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa513.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar514.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa514.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar515.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa515.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar516.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa516.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar517.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa517.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar518.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa518.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar519.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa519.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar520.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa520.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar521.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa521.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar522.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa522.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar523.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa523.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar524.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa524.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar525.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa525.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar526.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar527.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar528.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa528.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa526.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa527.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar529.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa529.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar530.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa530.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar531.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa531.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar532.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa532.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar533.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa533.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar534.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa534.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar535.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa535.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar536.jsonl", 0.82},
                                   std::pair<const char*, double>{"realtext/fa536.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar537.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa537.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar538.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa538.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar539.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa539.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar540.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa540.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar541.jsonl", 0.88},
                                   std::pair<const char*, double>{"realtext/fa541.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar542.jsonl", 0.84},
                                   std::pair<const char*, double>{"realtext/fa542.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar543.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa543.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar544.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa544.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar545.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa545.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa546.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa547.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa548.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar546.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar547.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar548.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar549.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa549.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar550.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa550.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar551.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa551.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar552.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa552.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar553.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa553.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar554.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa554.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar555.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa555.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar556.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa556.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar557.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa557.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar558.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa558.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar559.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa559.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar560.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa560.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar561.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa561.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar562.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa562.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar563.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa563.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar564.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa564.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar565.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa565.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar566.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa566.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar567.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa567.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar568.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa568.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar569.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa569.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar570.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa570.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar571.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa571.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar572.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa572.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar573.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa573.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar574.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa574.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar575.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa575.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar576.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa576.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar577.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa577.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/ar578.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa578.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar579.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa579.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar580.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/fa580.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar581.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa581.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar582.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa582.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar583.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa583.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar584.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa584.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar585.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa585.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar586.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa586.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar587.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa587.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar588.jsonl", 0.83},
                                   std::pair<const char*, double>{"realtext/fa588.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar589.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa589.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar590.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa590.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar591.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa591.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar592.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa592.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar593.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa593.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar594.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa594.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar595.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa595.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar596.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa596.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa403.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar597.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa597.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar598.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/fa598.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar599.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa599.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar600.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/fa600.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar601.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa601.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar602.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa602.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar603.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/fa603.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar604.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar605.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar606.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar607.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar608.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar609.jsonl", 0.85},
                                   std::pair<const char*, double>{"realtext/ar610.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar611.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/fa604.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa605.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar612.jsonl", 0.91},
                                   std::pair<const char*, double>{"realtext/ar613.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar614.jsonl", 0.80},
                                   std::pair<const char*, double>{"realtext/ar615.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa606.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/fa607.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar616.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar618.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/ar617.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar619.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa608.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/fa609.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar620.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar621.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar622.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar624.jsonl", 0.83},
                                   std::pair<const char*, double>{"realtext/ar625.jsonl", 0.94},
                                   std::pair<const char*, double>{"realtext/ar626.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/fa610.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar623.jsonl", 0.95},
                                   std::pair<const char*, double>{"realtext/fa611.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa612.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/ar627.jsonl", 1.00},
                                   std::pair<const char*, double>{"realtext/ar628.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/ar629.jsonl", 0.99},
                                   std::pair<const char*, double>{"realtext/ar630.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa613.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/fa614.jsonl", 0.96},
                                   std::pair<const char*, double>{"realtext/ar631.jsonl", 0.87},
                                   std::pair<const char*, double>{"realtext/ar632.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar633.jsonl", 0.92},
                                   std::pair<const char*, double>{"realtext/ar634.jsonl", 0.98},
                                   std::pair<const char*, double>{"realtext/ar635.jsonl", 0.93},
                                   std::pair<const char*, double>{"realtext/fa616.jsonl", 0.90},
                                   std::pair<const char*, double>{"realtext/ar638.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa615.jsonl", 0.89},
                                   std::pair<const char*, double>{"realtext/fa617.jsonl", 0.97},
                                   std::pair<const char*, double>{"realtext/fa619.jsonl", 0.95}}) {
    INFO(set);
    const run r = extract_and_score(set);
    CHECK(r.s.bad_offsets == 0);
    CHECK(r.s.cases >= 38);
    REQUIRE(r.s.strict_f1 >= floor);
  }
}

// Sentences written to probe each family of the language-coverage issue in
// both languages (digit scripts, regional month names, fillers, lost ZWNJ,
// traps), annotated by hand before the extractor read them
// (tests/data/probe19-notes.md). First score: strict F1 0.969.
TEST_CASE("eval: probe19.jsonl, sentences written for each family", "[eval]") {
  const run r = extract_and_score("probe19.jsonl");
  CHECK(r.s.bad_offsets == 0);
  CHECK(r.s.cases >= 200);
  CHECK(r.s.trap_hits == 0);
  REQUIRE(r.s.strict_f1 >= 0.99);
}

TEST_CASE("eval: realtext/ar2.jsonl and fa2.jsonl, fresh Arabic and Persian news", "[eval][realtext]") {
  for (const char* set : {"realtext/ar2.jsonl", "realtext/fa2.jsonl"}) {
    INFO(set);
    const run r = extract_and_score(set);
    CHECK(r.s.bad_offsets == 0);
    CHECK(r.s.cases >= 90);
    REQUIRE(r.s.strict_f1 >= 0.95);
  }
}
