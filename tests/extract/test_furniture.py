from newsgraph.extract.furniture import find_furniture, mask_furniture

STORY = (
    "By Maria Lopez and Sam Okoro\n"
    "The council met on Monday to discuss the budget.\n"
    "[ Why the budget vote matters Opens in new window ]\n"
    "Read more: Council delays vote on water tariffs\n"
    "Protesters gather outside city hall on Sunday. Photo: Staff\n"
    "Advertisement\n"
    "The mayor said the vote would go ahead.\n"
)


def lines_masked(text):
    return [text[s:e] for s, e in find_furniture(text)]


def test_furniture_finds_byline_links_caption_and_labels():
    assert lines_masked(STORY) == [
        "By Maria Lopez and Sam Okoro",
        "[ Why the budget vote matters Opens in new window ]",
        "Read more: Council delays vote on water tariffs",
        "Protesters gather outside city hall on Sunday. Photo: Staff",
        "Advertisement",
    ]


def test_furniture_keeps_story_sentences():
    masked = mask_furniture(STORY)
    assert "The council met on Monday" in masked
    assert "The mayor said the vote would go ahead." in masked
    assert "Photo" not in masked and "Opens in new window" not in masked


def test_furniture_mask_keeps_length_and_offsets():
    masked = mask_furniture(STORY)
    assert len(masked) == len(STORY)
    start = STORY.index("The mayor")
    assert masked[start:start + 9] == "The mayor"


def test_furniture_sentence_starting_with_by_is_not_a_byline():
    text = "By Friday the river had risen two metres.\n"
    assert find_furniture(text) == []


def test_furniture_long_line_mentioning_a_photo_is_story_text():
    text = ("The agency released a photo: it showed " + "a long convoy of trucks waiting at the border " * 8) + "\n"
    assert find_furniture(text) == []


def test_furniture_wire_trailers_and_pipe_links():
    text = (
        "Flooding closed the port on Friday.\n"
        "Also Read | Monsoon rains lash the coast\n"
        "Reporting by Ana Ruiz; Editing by Tom Hale\n"
    )
    assert lines_masked(text) == ["Also Read | Monsoon rains lash the coast", "Reporting by Ana Ruiz; Editing by Tom Hale"]


def test_furniture_anonymous_byline():
    text = "By a staff writer\nThe port reopened on Monday.\n"
    assert lines_masked(text) == ["By a staff writer"]


def test_furniture_section_label_stamp_and_most_read_list():
    text = (
        "World News\n"
        "By Ana Ruiz\n"
        "Updated 3 hours ago · 4 min read\n"
        "LIMA, May 2 — Miners blocked the highway on Friday.\n"
        "Mining Talks\n"
        "Most read\n"
        "1. Port workers end strike after pay deal\n"
        "2. Heavy rain floods coastal towns\n"
        "1. The army will withdraw.\n"
    )
    assert lines_masked(text) == [
        "World News", "By Ana Ruiz", "Updated 3 hours ago · 4 min read", "Most read",
        "1. Port workers end strike after pay deal", "2. Heavy rain floods coastal towns",
    ]
