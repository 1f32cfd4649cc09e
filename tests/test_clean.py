"""Cleaning: the seed corpus as it must come out, and fictional articles in each page shape.

Every outlet, place and person in the fictional articles below is invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from dossier.clean import clean
from dossier.clean.html import clean_html, page_lines
from dossier.clean.lines import Kind, byline, classify, is_call_to_action
from dossier.clean.published import date_line, to_iso
from dossier.clean.text import clean_plain_text
from dossier.ingest.files import read_all
from dossier.records import RawArticle


def kinds(part) -> list[str]:
    return [removed.kind for removed in part.removed]


def removed_text(part, kind: str) -> str:
    return "\n".join(r.text for r in part.removed if r.kind == kind)


def only(text: str):
    parts = [p for p in clean_plain_text(text) if p.text.strip()]
    assert len(parts) == 1, [p.title for p in parts]
    return parts[0]


# --- the seed corpus -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs(seeds: Path):
    docs = {}
    for raw in read_all([seeds], 10**8):
        result = clean(raw)
        assert isinstance(result, list), result
        for doc in result:
            docs[(Path(doc.source).name[:3], doc.segment)] = doc
    return docs


def test_seeds_give_six_documents_from_five_files(seed_docs):
    assert sorted(seed_docs) == [
        ("000", 0),
        ("000", 1),
        ("001", 0),
        ("002", 0),
        ("003", 0),
        ("004", 0),
    ]


def test_seed_glued_file_splits_into_its_two_articles(seed_docs):
    first, second = seed_docs[("000", 0)], seed_docs[("000", 1)]
    assert first.title.startswith("Despite crackdown, experts say Iran-backed Zainabiyoun")
    assert second.title == (
        "Pakistan approves first national gemstones policy, targets $1 billion exports"
    )
    assert "gemstone" not in first.text
    assert "Zainabiyoun" not in second.text
    assert first.text.rstrip().endswith("for recruiting for the Syrian war.")
    assert second.text.startswith("• Government seeks to overhaul certification")


@pytest.mark.parametrize(
    ("key", "published", "author", "outlet", "dateline"),
    [
        (("000", 0), "2022-12-27", None, None, "MARDAN"),
        (("000", 1), "2026-01-09", None, None, "ISLAMABAD"),
        (("001", 0), None, None, "arabnews", None),
        (("002", 0), "2021-08-18", "Eyal Pinko", None, None),
        (("003", 0), "2024-01-22", None, None, None),
        (("004", 0), None, "Abdul Ghani Kakar", None, "QUETTA"),
    ],
)
def test_seed_metadata(seed_docs, key, published, author, outlet, dateline):
    doc = seed_docs[key]
    assert (doc.published, doc.author, doc.outlet, doc.dateline) == (
        published,
        author,
        outlet,
        dateline,
    )


def test_seed_titles(seed_docs):
    assert seed_docs[("001", 0)].title is None
    assert seed_docs[("002", 0)].title == (
        "Pakistani intelligence worries about Shiite fighters, demobilized by Tehran"
    )
    assert seed_docs[("003", 0)].title == (
        "Tensions Remain As Pakistan Arrests Alleged Iran-Backed Militant"
    )
    assert seed_docs[("004", 0)].title == (
        "Threat of sectarian conflict in Pakistan diminished by death of Soleimani"
    )


def test_seed_reader_comments_are_removed_not_kept(seed_docs):
    doc = seed_docs[("004", 0)]
    assert "Reply" not in doc.text
    assert "Islamic hero" not in doc.text
    assert "Very informative!" not in doc.text
    comments = removed_text(doc, "comments")
    assert "12 Comment(s)" in comments
    assert "Islamic hero" in comments and "Very informative!" in comments
    assert doc.text.rstrip().endswith('Iranian shelling on our bordering areas."')
    # the crosshead and the article around it survive
    assert "\n\nA safer region\n\n" in doc.text


def test_seed_furniture_goes_to_removed_with_its_reason(seed_docs):
    doc = seed_docs[("000", 0)]
    assert kinds(doc) == ["title", "caption", "boilerplate", "metadata", "boilerplate", "duplicate"]
    assert "Short Url" not in doc.text and "Follow" not in doc.text.splitlines()
    assert doc.text.startswith("• Between 2019-2021")
    assert "told Arab News" in doc.text  # a self-mention is text, not an outlet signal
    assert set(kinds(seed_docs[("002", 0)])) == {"boilerplate", "byline", "title", "metadata"}
    assert "71 views" not in seed_docs[("002", 0)].text
    assert kinds(seed_docs[("003", 0)]).count("caption") == 2
    assert "More News" not in seed_docs[("003", 0)].text
    assert "responded on January 18 with air strikes" in seed_docs[("003", 0)].text
    doc4 = seed_docs[("004", 0)]
    assert kinds(doc4).count("caption") == 4
    assert "[ISNA]" not in doc4.text
    assert seed_docs[("001", 0)].text.rstrip().endswith("a crisis in Pakistan-Iran ties.”")
    assert "Source »" not in seed_docs[("001", 0)].text


# --- fictional articles --------------------------------------------------------------------

WIDGETS = """\
Harbour authority opens ferry terminal in Port Calder

Share
Tweet
WhatsApp
Follow
1,204 views

PORT CALDER: The Calder Harbour Authority opened its new ferry terminal on Tuesday, ending \
three years of construction that had snarled traffic along the waterfront.

The terminal can berth four vessels at once, according to operations director Maren Tully, \
who said crossings to the outer islands would be twenty minutes shorter.

Fares will not change.

"We built it for the next fifty years, not the next five," Tully told the crowd at the \
opening ceremony on the quay.

Share this article
Print
Email
"""


def test_share_follow_widgets_and_counters_are_removed():
    part = only(WIDGETS)
    assert part.title == "Harbour authority opens ferry terminal in Port Calder"
    assert part.dateline == "PORT CALDER"
    for widget in ("Share", "Tweet", "WhatsApp", "Follow", "1,204 views", "Print", "Email"):
        assert widget not in part.text.splitlines()
        assert widget in removed_text(part, "boilerplate").splitlines()
    assert "Share this article" not in part.text
    # a short one-sentence paragraph is body text
    assert "\n\nFares will not change.\n\n" in part.text
    assert part.text.startswith("PORT CALDER: The Calder Harbour Authority")


COMMENTS = """\
Teachers in Ostrava Vale win pay rise after month-long strike

By Petra Lindqvist

OSTRAVA VALE -- Teachers in the Ostrava Vale district will return to classrooms on Monday \
after the regional council agreed a pay rise of seven percent over two years.

The union's chair, Tomas Reyl, said members had voted overwhelmingly to accept the offer at a \
meeting in the town hall on Friday night.

The council said the settlement would be paid for by delaying the renovation of its own \
headquarters, a project that had been criticised by parents.

Parents' groups welcomed the end of the strike but asked for catch-up lessons before the \
spring examinations.

Leave a comment

Comments (3)

Finally some good news for the kids. The teachers deserved every cent of this.
Reply

The council should have offered this in September and saved everyone a month.
Reply

Seven percent is not enough when rents went up twelve.
Reply
"""


def test_comment_thread_with_header_and_reply_markers_goes_to_removed():
    part = only(COMMENTS)
    assert part.author == "Petra Lindqvist"
    assert part.dateline == "OSTRAVA VALE"
    assert "Reply" not in part.text
    assert "deserved every cent" not in part.text
    assert "rents went up twelve" not in part.text
    comments = removed_text(part, "comments")
    assert "deserved every cent" in comments and "rents went up twelve" in comments
    assert part.text.rstrip().endswith("before the spring examinations.")


def test_comment_link_in_a_menu_does_not_swallow_the_article():
    text = "Home\nNews\nComments\nSport\n\n" + COMMENTS.split("\n\n", 1)[1]
    part = only(text)
    assert "regional council agreed a pay rise" in part.text
    assert "deserved every cent" not in part.text


def test_headerless_comment_thread_is_found_by_its_recurring_markers():
    text = COMMENTS.replace("Leave a comment\n\nComments (3)\n\n", "")
    part = only(text)
    assert "deserved every cent" not in part.text
    assert "before the spring examinations." in part.text
    assert "rents went up twelve" in removed_text(part, "comments")


def test_live_blog_timestamps_are_not_a_comment_thread():
    updates = "\n\n".join(
        f"{minutes} minutes ago\n\n{text}"
        for minutes, text in [
            (5, "The council has confirmed that the tram depot will be built at Calder Quay."),
            (20, "Protesters have gathered outside the town hall ahead of the final vote."),
            (45, "The mayor said the line would open to passengers in the spring of next year."),
            (60, "Councillors have begun debating the tram plan in the chamber this morning."),
        ]
    )
    part = only(COMMENTS.split("Leave a comment")[0] + updates)
    assert "Protesters have gathered" in part.text
    assert "tram depot" in part.text
    assert "comments" not in kinds(part)


CAPTIONS = """\
Drought shrinks Lake Merrow to its lowest level in forty years

A fisherman walks across the dried bed of Lake Merrow near the village of Sallow Cross, \
Eastland, March 3, 2024. REUTERS/Anika Doyle

The water board's pumping station stands idle above the receding shoreline. [Photo: Eastland \
Water Board]

SALLOW CROSS: Lake Merrow has fallen to its lowest level in forty years after a third dry \
winter, the Eastland Water Board said, warning that restrictions on irrigation could follow \
in the summer.

Farmers around the lake have already cut the area they plan to sow, according to the regional \
farmers' union, which asked the government for emergency support.

Photo by Anika Doyle/Getty Images

The board first asked households to save water last autumn, and the agriculture ministry \
responded on January 18, 2024.
"""


def test_captions_with_credit_brackets_and_wire_captions_are_removed():
    part = only(CAPTIONS)
    captions = removed_text(part, "caption")
    assert "REUTERS/Anika Doyle" in captions
    assert "[Photo: Eastland Water Board]" in captions
    assert "Photo by Anika Doyle/Getty Images" in captions
    assert "fisherman walks" not in part.text and "pumping station" not in part.text
    assert part.dateline == "SALLOW CROSS"
    # a body sentence that ends with a date is not a caption
    assert part.text.rstrip().endswith("the agriculture ministry responded on January 18, 2024.")
    assert part.published is None


REPEATS = """\
Eastland parliament passes river protection law

Updated: Aug 18, 2021

Eastland parliament passes river protection law

  • Law bans new gravel mining within two kilometres of protected rivers
  • Fines for illegal dumping rise tenfold under the new rules

NEW HALDEN: Eastland's parliament passed a law on Wednesday that bans new gravel mining \
within two kilometres of the country's protected rivers.

The bill, introduced by environment minister Sora Betancourt, passed by 61 votes to 40 after \
a debate that lasted into the night.

  • Law bans new gravel mining within two kilometres of protected rivers
  • Fines for illegal dumping rise tenfold under the new rules

Mining companies said they would challenge the law in the constitutional court.
"""


def test_repeated_headline_and_summary_bullets_are_duplicates():
    part = only(REPEATS)
    assert part.title == "Eastland parliament passes river protection law"
    assert part.published == "2021-08-18"
    assert part.text.count("gravel mining within two kilometres of protected rivers") == 1
    assert part.text.count("Fines for illegal dumping") == 1
    duplicates = [r.text for r in part.removed if r.kind == "duplicate"]
    assert "Eastland parliament passes river protection law" in duplicates
    assert len(duplicates) == 3
    assert part.dateline == "NEW HALDEN"
    assert part.text.rstrip().endswith("in the constitutional court.")


TRAILER = """\
Rail link between Vellmore and Kastro reopens after landslide

The rail link between Vellmore and Kastro reopened on Sunday, two weeks after a landslide \
buried the line near the Teal gorge, the national railway operator said.

Engineers had to stabilise the hillside before the track could be rebuilt, a railway \
spokesperson told the Kastro Courier on Saturday.

Services will run at reduced speed through the gorge until the end of the month.

Source » kastro-courier
"""


def test_source_trailer_names_the_outlet_and_self_mentions_do_not():
    part = only(TRAILER)
    assert part.outlet == "kastro-courier"
    assert kinds(part).count("source_trailer") == 1
    assert "Source »" not in part.text
    assert "told the Kastro Courier" in part.text
    no_trailer = only(TRAILER.replace("Source » kastro-courier\n", ""))
    assert no_trailer.outlet is None


GLUED = """\
Storm closes Calder Heights airport for second day

Updated 27 December 2022

CALDER HEIGHTS: Calder Heights airport stayed closed for a second day on Tuesday as winds of \
up to 120 kilometres an hour swept across the northern coast, the airport operator said.

More than 200 flights have been cancelled since Monday morning, stranding thousands of \
holiday travellers in terminals and hotels across the region.

The national weather office said the storm would weaken overnight, but warned that heavy rain \
could bring flooding to low-lying coastal towns.

Airline staff handed out blankets and meal vouchers to passengers sleeping in the departure hall.

Museum in Ostrava Vale returns carved panels to island community

Monday, 01/22/2024

KASTRO -- The municipal museum of Ostrava Vale has returned six carved wooden panels to the \
island community of Tessel, more than a century after they were taken by a colonial surveyor.

The panels were handed over at a ceremony attended by elders from Tessel and the museum's \
director, Liv Aramburu, who called the return long overdue.

The museum said it was reviewing the origins of another forty objects in its collection.
"""


def test_two_unrelated_glued_articles_become_two_parts():
    parts = [p for p in clean_plain_text(GLUED) if p.text.strip()]
    assert [p.title for p in parts] == [
        "Storm closes Calder Heights airport for second day",
        "Museum in Ostrava Vale returns carved panels to island community",
    ]
    assert [p.published for p in parts] == ["2022-12-27", "2024-01-22"]
    assert [p.dateline for p in parts] == ["CALDER HEIGHTS", "KASTRO"]
    assert "carved" not in parts[0].text and "airport" not in parts[1].text


def test_glued_file_through_clean_gives_two_documents_with_the_same_source():
    raw = RawArticle(source="in/glued.txt", content=GLUED, kind="text", raw_hash="x")
    docs = clean(raw)
    assert [d.segment for d in docs] == [0, 1]
    assert {d.source for d in docs} == {"in/glued.txt"}
    assert docs[0].id != docs[1].id


def wrap(text: str, width: int = 70) -> str:
    """``text`` hard-wrapped as e-mail and wire copy are (bullet blocks left alone)."""
    return "\n\n".join(
        p if p.lstrip().startswith("•") else textwrap.fill(p, width) for p in text.split("\n\n")
    )


def test_hard_wrapped_text_is_unwrapped_before_cleaning():
    parts = [p for p in clean_plain_text(wrap(GLUED)) if p.text.strip()]
    flat = [p for p in clean_plain_text(GLUED) if p.text.strip()]
    assert [(p.title, p.published, p.dateline) for p in parts] == [
        (p.title, p.published, p.dateline) for p in flat
    ]
    assert [p.text for p in parts] == [p.text for p in flat]
    captions = only(wrap(CAPTIONS, 72))
    assert captions.text == only(CAPTIONS).text
    assert kinds(captions).count("caption") == 3


def test_short_lines_of_a_widget_block_are_not_taken_for_wrapped_text():
    part = only(WIDGETS)
    assert "Tweet" in removed_text(part, "boilerplate").splitlines()


def test_related_links_with_dates_after_an_article_are_not_a_second_article():
    related = (
        "\n\nRelated stories\n\nFerry strike called off in Port Calder\n\nMarch 2, 2024\n\n"
        "Council approves tram line to Calder Heights\n\nMarch 1, 2024\n"
    )
    parts = [p for p in clean_plain_text(GLUED.split("Museum in")[0] + related) if p.text]
    assert len(parts) == 1
    assert "Ferry strike" not in parts[0].text
    assert parts[0].published == "2022-12-27"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Updated 27 December 2022", "2022-12-27"),
        ("Updated: Aug 18, 2021", "2021-08-18"),
        ("Monday, 01/22/2024", "2024-01-22"),
        ("2024-01-22", "2024-01-22"),
        ("2024-01-22T10:15:00+05:00", "2024-01-22"),
        ("Mon, 22 Jan 2024 10:15:00 +0000", "2024-01-22"),
        ("Published 10:03 AM EST, Fri January 5, 2024", "2024-01-05"),
        ("Last updated on 20 Feb, 2020. 3 min read", "2020-02-20"),
        ("16 September 2013 Last updated at 12:42 GMT", "2013-09-16"),
        ("Sat Nov 12 2011, 01:19 hrs", "2011-11-12"),
    ],
)
def test_date_forms_normalise_and_are_date_lines(written, iso):
    assert to_iso(written) == iso
    assert date_line(written) == iso
    line = classify(0, written)
    assert (line.kind, line.value) == (Kind.DATE, iso)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistan responded on January 18, 2024.",
        "War ends on May 5, 2024",
        "The museum reopened to visitors on 3 March 2024 after renovation.",
    ],
)
def test_sentences_containing_a_date_are_not_date_lines(sentence):
    assert date_line(sentence) is None
    assert classify(0, sentence).kind is not Kind.DATE


def test_partial_or_relative_dates_are_not_publication_dates():
    assert to_iso("December 2022") is None
    assert to_iso("yesterday") is None
    assert to_iso(None) is None


@pytest.mark.parametrize(
    "form",
    [
        "Updated 27 December 2022",
        "Updated: Aug 18, 2021",
        "Monday, 01/22/2024",
        "2022-12-27T09:00:00Z",
        "Tue, 27 Dec 2022 09:00:00 +0000",
    ],
)
def test_each_date_form_in_an_article_header_is_its_published_date(form):
    article = WIDGETS.replace("Share\n", form + "\n\nShare\n", 1)
    part = only(article)
    expected = to_iso(form)
    assert expected is not None
    assert part.published == expected
    assert form in removed_text(part, "metadata")
    assert form not in part.text


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("By Petra Lindqvist", "Petra Lindqvist", None),
        ("BY MARIA DA SILVA", "MARIA DA SILVA", None),
        ("Writer's pictureLt. Col. (ret.) Amos Feld, Ph.D.", "Amos Feld", None),
        ("By Dr. Amina Yusuf", "Amina Yusuf", None),
        ("By J. R. Okoro", "J. R. Okoro", None),
        ("• Writer's pictureCDR (ret.) Ilan Marrow, Ph.D.", "Ilan Marrow", None),
        ("By Jane Roe | March 3, 2024", "Jane Roe", "2024-03-03"),
        ("Posted by Karim al-Farsi on 01/22/2024", "Karim al-Farsi", "2024-01-22"),
        ("By Ines Okafor and Tom Brask, Eastland Ledger", "Ines Okafor and Tom Brask", None),
    ],
)
def test_byline_forms(line, author, date):
    assert byline(line) == (author, date)
    assert classify(0, line).kind is Kind.BYLINE


@pytest.mark.parametrize(
    "sentence",
    [
        "By Friday the team had left the island",
        "By the end of the year, prices had doubled.",
        "By 2030 the city plans to double its fleet",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(sentence):
    assert byline(sentence) is None


def test_writers_picture_byline_in_an_article():
    text = "top of page\n  • Writer's pictureCDR (ret.) Ilan Marrow, Ph.D.\n\n" + REPEATS
    part = only(text)
    assert part.author == "Ilan Marrow"
    assert "Writer's picture" not in part.text


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("MARDAN: The council met on Friday to discuss the new bridge over the river.", "MARDAN"),
        ("QUETTA -- The council met on Friday to discuss the new bridge over the river.", "QUETTA"),
        (
            "NEW HALDEN: The council met on Friday to discuss the new bridge over the river.",
            "NEW HALDEN",
        ),
        (
            "KASTRO, Eastland (Reuters) - The council met on Friday to discuss the new bridge.",
            "KASTRO",
        ),
        ("The council met in Kastro on Friday to discuss the new bridge over the river.", None),
    ],
)
def test_dateline_forms(lead, place):
    body = lead + "\n\nA second paragraph follows here with more words about the bridge plan.\n"
    part = only(body)
    assert part.dateline == place


def test_wire_dateline_with_agency_is_body_not_caption():
    line = "PARIS (AFP) - The festival opened on Friday with a film about the island of Tessel."
    assert classify(0, line).kind is Kind.BODY


def test_calls_to_action_are_furniture_but_reporting_about_them_is_not():
    assert is_call_to_action("Sign up for our newsletter to get the latest news in your inbox.")
    assert is_call_to_action("Subscribe now to our digital edition for the full story.")
    assert is_call_to_action("Follow us on Twitter and Facebook @EastlandLedger")
    assert not is_call_to_action(
        "The ministry said 40,000 people had signed up for the newsletter, officials said."
    )
    assert not is_call_to_action("Support for the app has grown among farmers in the north.")


def test_crosshead_and_short_paragraphs_survive():
    text = (
        "Dam inspection finds cracks in Vellmore spillway\n\n"
        "VELLMORE: Inspectors found cracks in the spillway of the Vellmore dam during a routine "
        "survey last week, the regional water board said on Thursday.\n\n"
        "No water has leaked.\n\n"
        "A safer region\n\n"
        "Repairs will begin in the dry season and are expected to take four months, the board "
        "said, adding that the reservoir would be kept below half its capacity until then.\n"
    )
    part = only(text)
    assert part.text.split("\n\n") == [
        "VELLMORE: Inspectors found cracks in the spillway of the Vellmore dam during a routine "
        "survey last week, the regional water board said on Thursday.",
        "No water has leaked.",
        "A safer region",
        "Repairs will begin in the dry season and are expected to take four months, the board "
        "said, adding that the reservoir would be kept below half its capacity until then.",
    ]


def test_last_paragraph_that_lost_its_full_stop_is_kept():
    last = (
        "Liwa members could also return to Kastro, where they were trained, or join the "
        "border guard corps, as did the fighters of the northern brigade"
    )
    part = only(TRAILER.replace("Source » kastro-courier\n", last + "\n"))
    assert part.text.endswith(last)


def test_truncated_teasers_after_the_article_are_dropped():
    teasers = "\n\n".join(
        f"{headline} NEW HALDEN: {lead} the ministry said on Tuesday that the plan would..."
        for headline, lead in [
            ("Tram line approved", "The council approved a tram line to Calder Heights and"),
            ("Ferry strike ends", "Ferry crews returned to work after talks ended late and"),
            ("Museum returns panels", "The municipal museum returned six carved panels and"),
        ]
    )
    part = only(TRAILER.replace("Source » kastro-courier\n", "Latest news\n\n" + teasers))
    assert part.text.rstrip().endswith("until the end of the month.")
    assert "Tram line approved" in removed_text(part, "boilerplate")


def test_long_headline_lines_after_the_article_are_not_prose():
    doubled = [
        "Council approves new tram line to Calder Heights after a decade of delays and debate",
        "Ferry crews return to work in Port Calder as late-night talks end the month-long strike",
    ]
    trending = (
        "1 Museum returns carved panels to Tessel island elders 2 Drought shrinks Lake Merrow "
        "3 Vellmore flood barrier holds as river peaks 4 Kastro rail link reopens after landslide"
    )
    block = "\n\n".join(["Trending now", trending, *(f"{h} {h}" for h in doubled)])
    part = only(TRAILER.replace("Source » kastro-courier\n", block + "\n"))
    assert part.text.rstrip().endswith("until the end of the month.")
    assert "Council approves" not in part.text and "Museum returns" not in part.text


def test_nothing_after_a_dated_copyright_footer_is_article():
    feed = "\n\n".join(
        f"{headline}\n\n{teaser}\n\n{age}H ago"
        for headline, teaser, age in [
            (
                "Tram line approved",
                "The council approved a tram line to Calder Heights after a decade of delays, "
                "with the first trams expected to run in two years from the new depot.",
                2,
            ),
            (
                "Ferry strike ends",
                "Ferry crews in Port Calder returned to work on Thursday after late-night talks "
                "ended a strike that had cut the outer islands off for almost a month.",
                5,
            ),
            (
                "Museum returns panels",
                "The municipal museum of Ostrava Vale returned six carved panels to the island "
                "community of Tessel in a ceremony attended by elders and officials.",
                9,
            ),
        ]
        * 3
    )
    footer = "© 2024 The Kastro Courier. All rights reserved.\n\nMore news\n\n"
    part = only(TRAILER.replace("Source » kastro-courier\n", footer + feed))
    assert part.text.rstrip().endswith("until the end of the month.")
    assert "Tram line" not in part.text and "Ferry crews" not in part.text


def test_navigation_and_footer_of_a_page_export_are_dropped():
    page = (
        "Home\nNews\nSport\nWeather\nSubscribe\n\n"
        + CAPTIONS
        + "\nMost read\nCouncil approves tram line to Calder Heights\n"
        "Ferry strike called off after late-night talks\n"
        "© 2024 The Eastland Ledger. All rights reserved.\nPrivacy policy | Terms of use\n"
    )
    part = only(page)
    assert part.title == "Drought shrinks Lake Merrow to its lowest level in forty years"
    assert part.text.startswith("SALLOW CROSS: Lake Merrow")
    assert part.text.rstrip().endswith("responded on January 18, 2024.")
    assert "Council approves" not in part.text and "©" not in part.text
    assert "Weather" in removed_text(part, "navigation")


# --- HTML ----------------------------------------------------------------------------------

HTML = """\
<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Flood barrier holds as river peaks in Vellmore | The Eastland Ledger</title>
<meta property="og:site_name" content="The Eastland Ledger">
<meta property="og:title" content="Flood barrier holds as river peaks in Vellmore">
<meta name="author" content="Ilse Marrow">
<meta property="article:published_time" content="2024-03-05T08:30:00+00:00">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Flood barrier holds as river peaks in Vellmore</h1>
<p class="byline">By Ilse Marrow</p>
<p>VELLMORE: The new flood barrier on the River Teal held overnight as water levels peaked at
4.2 metres, the highest reading since the barrier was completed two years ago, the regional
<a href="/board">water board</a> said on Tuesday.</p>
<p>Engineers had worked through the night to clear debris from the sluice gates, according to
board spokesperson Oren Vask, who said no homes in the low-lying Millrace district had flooded.</p>
<p>Residents who were evacuated on Monday evening were allowed to return shortly after dawn.</p>
<h2>A safer town</h2>
<p>"Five years ago this would have been a disaster for the whole lower town," Vask told
reporters at the board's offices, adding that the barrier had cost 38 million crowns.</p>
<p>The board will publish a full assessment of the barrier's performance later this month,
and has asked residents to report any water damage through its hotline.</p>
<p>Sign up for our newsletter to get the latest Vellmore news delivered to your inbox.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Council approves new tram line to Calder
Heights</a></li><li><a href="/b">Ferry strike called off after late-night talks</a></li></ul>
</aside></main>
<footer><p>© 2024 The Eastland Ledger. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


def test_html_page_keeps_article_and_reads_meta():
    part = clean_html(HTML)
    assert part.title == "Flood barrier holds as river peaks in Vellmore"
    assert (part.published, part.author, part.outlet, part.dateline) == (
        "2024-03-05",
        "Ilse Marrow",
        "The Eastland Ledger",
        "VELLMORE",
    )
    assert part.text.startswith("VELLMORE: The new flood barrier")
    assert "the regional water board said on Tuesday." in part.text
    assert "A safer town" in part.text
    for furniture in (
        "Home",
        "Most read",
        "Council approves",
        "©",
        "Privacy policy",
        "Sign up for our newsletter",
    ):
        assert furniture not in part.text
    assert "Sign up for our newsletter" in removed_text(part, "boilerplate")
    assert "Council approves" in removed_text(part, "boilerplate")


def test_html_document_through_clean():
    raw = RawArticle(source="in/flood.html", content=HTML, kind="html", raw_hash="y")
    (doc,) = clean(raw)
    assert doc.outlet == "The Eastland Ledger" and doc.author == "Ilse Marrow"


def test_page_text_read_as_plain_text_gives_the_same_article():
    part = only("\n\n".join(page_lines(HTML)))
    assert part.title == "Flood barrier holds as river peaks in Vellmore"
    assert part.outlet == "The Eastland Ledger"  # from the title bar "<headline> | Site"
    assert part.author == "Ilse Marrow"
    assert part.text.startswith("VELLMORE: The new flood barrier")
    assert part.text.rstrip().endswith("report any water damage through its hotline.")
    assert "Council approves" not in part.text and "Weather" not in part.text


def test_title_bar_beats_a_menu_item_repeated_in_header_and_footer():
    menu = "Things to Do in Vellmore"
    html = HTML.replace('<li><a href="/sport">Sport</a></li>', f"<li>{menu}</li>").replace(
        "<footer>", f"<footer><p>{menu}</p>"
    )
    part = only("\n\n".join(page_lines(html)))
    assert part.title == "Flood barrier holds as river peaks in Vellmore"


def test_date_line_with_relative_update_time():
    assert date_line("November 19, 2019 / 12:21 AM / Updated 14 hours ago") == "2019-11-19"


def test_page_lines_break_at_blocks_only():
    lines = page_lines(HTML)
    assert any(
        line.endswith("the regional water board said on Tuesday.") and line.startswith("VELLMORE")
        for line in lines
    )
    assert "Home" in lines and "Most read" in lines
    assert page_lines("<p>one\ntwo <b>three</b><br>four</p><pre>a\n b</pre>") == [
        "one two three",
        "four",
        "a",
        "b",
    ]


# --- content that is not prose: tables, lists, short paragraphs (issue 15) -----------------

RESULTS = """\
ATHLETICS - MARVELL CITY MEETING RESULTS.

MARVELL CITY 2031-05-04

Leading results from the Marvell City athletics meeting on Saturday:

Men's 100 metres

1. Tobin Arkwell (Vellmore) 10.09

2. Dario Quesnel (Ostrava Union) 10.14

3. Hal Brennick (Vellmore) 10.21

Standings after four meetings (tabulate under points, wins):

Vellmore Harriers 42 3

Ostrava Union 37 2

Kessel Athletic 30 1

Brennick withdrew from the 200 metres with a strained calf.
"""


def test_results_table_of_an_article_without_page_furniture_is_kept():
    part = only(RESULTS)
    for row in ("Dario Quesnel (Ostrava Union) 10.14", "Kessel Athletic 30 1", "Men's 100 metres"):
        assert row in part.text
    assert part.text.rstrip().endswith("with a strained calf.")
    assert not [r for r in part.removed if r.kind in ("boilerplate", "navigation")]


def test_results_table_inside_a_scraped_page_is_kept_and_its_furniture_dropped():
    page = "Home\n\nSport\n\nShare this\n\n" + RESULTS + "\n\nMost read\n\nShare on Facebook\n"
    part = only(page)
    assert "Ostrava Union 37 2" in part.text and "Tobin Arkwell (Vellmore) 10.09" in part.text
    assert "Share" not in part.text and "Most read" not in part.text


def test_table_row_is_body_not_a_widget_but_a_counter_or_a_pager_stays_one():
    assert classify(0, "Haitai 64 2 43 .596 -").kind is Kind.BODY
    assert classify(0, "Vellmore 49 86 .363 26 1/2").kind is Kind.BODY
    for furniture in ("1 2 3 4 5 Next", "71 views", "Comments 3", "Liberal (3)", "Share 12"):
        assert classify(0, furniture).kind is Kind.WIDGET, furniture


def test_data_rows_are_names_with_figures_not_dates_counts_or_contacts():
    from dossier.clean.segment import is_data_row

    def row(text: str) -> bool:
        return is_data_row(classify(0, text))

    assert row("Scarborough 1 Northampton 1")
    assert row("2. Tobin Arkwell (Vellmore) 10.09")
    assert row("G. Thorpe lbw b Ata-ur-Rehman 21")  # one figure after a name: a scorecard
    for not_row in (
        "Meal 1",
        "Akhir Zaman (15)",
        "Reuters November 18, 2019 11:03 PM",
        "Opening Bell 7.25.19",
        "Phone +41 41 544 78 00",
        "71 views0 comments",
        "Top 10 things to see in 2024",
    ):
        assert not row(not_row), not_row
