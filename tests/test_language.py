"""Whether an article reads as English (text/language.py), the checker's `language` warning and
the CLI's one line on stderr for the offline model. Every paragraph here was written for the
project."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summarizer import check, summarize
from summarizer.cli import main
from summarizer.text.language import MIN_WORDS, THRESHOLD, english_share

FOREIGN: list[tuple[str, str]] = [
    (
        "de",
        "Am Dienstagabend ist in der Altstadt von Kassel ein Lagerhaus abgebrannt. Die Feuerwehr war mit über achtzig Kräften im Einsatz, verletzt wurde nach ersten Angaben niemand. Die Ursache des Brandes ist noch unklar, die Polizei hat Ermittlungen aufgenommen und bittet Zeugen, sich zu melden.",
    ),
    (
        "de",
        "Der Stadtrat hat gestern beschlossen, die Buslinien im Norden der Stadt ab dem kommenden Frühjahr häufiger fahren zu lassen. Die Bürgermeisterin sagte, man wolle damit vor allem Pendlern helfen, die bisher lange warten müssen. Kritiker halten die Pläne für zu teuer.",
    ),
    (
        "de",
        "Nach dem starken Regen der vergangenen Tage sind mehrere Dörfer im Tal nicht mehr erreichbar. Ein Sprecher des Landkreises erklärte, dass die Straßen frühestens am Wochenende wieder geöffnet werden können. Zwei Wanderer wurden mit einem Hubschrauber gerettet.",
    ),
    (
        "es",
        "Un incendio forestal obligó el martes a desalojar a unos trescientos vecinos de dos pueblos de la sierra. Según los bomberos, las llamas avanzaron con rapidez por el viento y todavía no están controladas. No hay heridos, aunque varias casas sufrieron daños.",
    ),
    (
        "es",
        "El ayuntamiento anunció ayer que la biblioteca municipal cerrará durante tres meses por obras de reforma. La concejala de cultura explicó que los libros se trasladarán a un edificio provisional y que los socios podrán seguir pidiendo préstamos sin coste.",
    ),
    (
        "es",
        "La policía detuvo a dos hombres acusados de robar material de una obra en el centro de la ciudad. Los agentes encontraron las herramientas en una furgoneta aparcada cerca del puerto, según informó un portavoz, que no dio más detalles sobre la investigación.",
    ),
    (
        "fr",
        "Un violent orage a privé d'électricité près de dix mille foyers dans la nuit de lundi à mardi. Les équipes du distributeur sont mobilisées depuis l'aube et espèrent rétablir le courant avant la fin de la journée, selon un communiqué publié ce matin.",
    ),
    (
        "fr",
        "Le conseil municipal a voté jeudi la création d'une nouvelle piste cyclable le long du canal. Le maire a assuré que les travaux commenceraient au printemps et ne gêneraient pas la circulation des bateaux, mais plusieurs riverains restent sceptiques.",
    ),
    (
        "fr",
        "Deux randonneurs égarés en montagne ont été retrouvés sains et saufs samedi après une nuit passée dans le froid. Les secouristes, alertés par leur famille, les ont localisés grâce au signal de leur téléphone portable, a indiqué la gendarmerie.",
    ),
    (
        "it",
        "Un camion si è ribaltato questa mattina sull'autostrada vicino a Bologna, bloccando il traffico per alcune ore. L'autista è stato portato in ospedale con ferite lievi, mentre i vigili del fuoco hanno lavorato a lungo per liberare la carreggiata.",
    ),
    (
        "it",
        "Il comune ha deciso di rinviare la riapertura della piscina comunale, prevista per settembre, a causa di un guasto all'impianto di riscaldamento. Secondo l'assessore allo sport, i lavori dovrebbero concludersi entro la fine dell'anno.",
    ),
    (
        "it",
        "La polizia ha sequestrato un carico di merce contraffatta nel porto della città. Gli agenti hanno trovato migliaia di borse e scarpe nascoste in un container che sarebbe dovuto partire per l'estero, ha spiegato il questore durante una conferenza stampa.",
    ),
    (
        "pt",
        "Um temporal provocou quedas de árvores e deixou vários bairros sem luz na noite de domingo. A defesa civil informou que ninguém ficou ferido, mas pediu aos moradores que evitem circular pelas ruas alagadas até que a água baixe completamente.",
    ),
    (
        "pt",
        "A prefeitura anunciou que o mercado municipal vai passar por uma reforma completa a partir do próximo mês. Segundo o secretário de obras, os comerciantes serão transferidos para uma área provisória e o projeto deve ficar pronto em um ano.",
    ),
    (
        "pt",
        "Dois jovens foram resgatados depois de ficarem presos numa gruta durante quase um dia inteiro. Os bombeiros disseram que os rapazes estavam cansados e com frio, mas em boas condições de saúde quando chegaram à superfície.",
    ),
    (
        "nl",
        "Bij een brand in een bedrijfspand in het oosten van de stad is dinsdagavond veel schade ontstaan. De brandweer was urenlang bezig met blussen en er raakte niemand gewond. Omwonenden werd gevraagd ramen en deuren gesloten te houden vanwege de rook.",
    ),
    (
        "nl",
        "De gemeenteraad heeft besloten dat er volgend jaar een nieuwe brug over de rivier komt. Volgens de wethouder is de oude brug te smal geworden voor het drukke verkeer en zijn de kosten al in de begroting opgenomen, maar niet iedereen is het daarmee eens.",
    ),
    (
        "nl",
        "Twee mannen zijn aangehouden nadat ze in de nacht van zaterdag op zondag hadden geprobeerd een geldautomaat op te blazen. Een getuige belde de politie, die de verdachten kort daarna in een auto aan de rand van het dorp vond.",
    ),
]

ENGLISH: list[str] = [
    # plain news
    "Firefighters spent most of Tuesday night fighting a blaze at a warehouse on the east side of the city. No one was hurt, a fire department spokeswoman said, and the cause of the fire is under investigation.",
    "The council voted on Monday to extend the bus service to the northern suburbs from next spring. The mayor said the change would help commuters who now wait up to an hour, but critics called the plan too expensive.",
    # English with foreign names, places and quotes
    'Mayor Ana Gómez de la Fuente said on Tuesday that the city would reopen the Plaza de la Constitución market after repairs. "Estamos muy contentos," one stallholder told reporters, adding that trade had been slow for months.',
    "Police in Düsseldorf said two men were arrested after a break-in at the Schloss Benrath museum. A spokesman for the Polizeipräsidium Düsseldorf declined to say what had been taken, but confirmed that the investigation was continuing.",
    'The French minister, Jean-Baptiste Lefèvre, told Le Monde that the "réforme des retraites" would not be withdrawn. Unions have called for another day of strikes, and the minister said he was ready to meet them next week.',
]


@pytest.mark.parametrize(("lang", "text"), FOREIGN, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(FOREIGN)])
def test_other_languages_do_not_read_as_english(lang: str, text: str) -> None:
    share = english_share(text)
    assert share.judged
    assert share.share < THRESHOLD, lang
    assert not share.english


@pytest.mark.parametrize("text", ENGLISH)
def test_english_news_reads_as_english(text: str) -> None:
    share = english_share(text)
    assert share.judged
    assert share.english, share.share


@pytest.mark.parametrize(
    "text",
    [
        "Großbrand in Kassel: Lagerhaus zerstört",  # a foreign headline alone is too short to judge
        "",
        " ".join(["Feuerwehr"] * (MIN_WORDS - 1)),
    ],
)
def test_short_texts_are_not_judged(text: str) -> None:
    share = english_share(text)
    assert not share.judged
    assert share.english


def test_contractions_and_curly_apostrophes_count() -> None:
    assert english_share("don’t").function_words == 1
    assert english_share("doesn't").function_words == 1


@pytest.mark.parametrize(("lang", "text"), FOREIGN[::3])
def test_checker_warns_on_other_languages(lang: str, text: str) -> None:
    result = summarize(text, model="rules")
    found = [f for f in result.check.findings if f.rule == "language"]
    assert len(found) == 1, lang
    assert found[0].severity == "warning"
    assert "does not read as English" in found[0].message
    assert "English function words" in found[0].message
    assert "use a language model (--model)" in found[0].message
    # for any model the finding is the same (for a language model, informational only)
    by_llm = result.model_copy(update={"provenance": result.provenance.model_copy(update={"backend": "openai"})})
    assert [f.message for f in check(by_llm, text).findings if f.rule == "language"] == [found[0].message]


# German with numbers and words the English lexicons could take for counts, places or cues
_COUNTS_DE = (
    "Die Polizei meldete am Montag drei Verletzte nach einem Brand in einer Fabrik in Leipzig. "
    "Die Feuerwehr war mit 40 Einsatzkräften vor Ort, sagte ein Sprecher der Stadt am Abend."
)


@pytest.mark.parametrize("text", [_COUNTS_DE, *(t for _, t in FOREIGN)])
def test_the_offline_model_reads_nothing_out_of_another_language(text: str) -> None:
    # its lexicons would meet only look-alikes ("40 … vor Ort" had been read as 40 killed): no
    # count, claim, speaker or place is stated; the lead is given as written, and the warning says why
    result = summarize(text, model="rules")
    assert result.incident is None
    assert result.attributions == [] and result.speakers == []
    assert result.headline and result.headline.removesuffix(" …") in text  # cut at a word when long
    assert result.summary.split()[0] in text
    assert [f.rule for f in result.check.findings] == ["language"]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_with_foreign_words_is_still_read(text: str) -> None:
    assert summarize(text, model="rules").attributions


@pytest.mark.parametrize("text", ENGLISH)
def test_checker_is_silent_on_english(text: str) -> None:
    result = summarize(text, model="rules")
    assert not [f for f in result.check.findings if f.rule == "language"]
    assert not [f for f in check(result, text).findings if f.rule == "language"]


def test_cli_warns_on_stderr_for_the_offline_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "artikel.txt"
    article.write_text(FOREIGN[0][1], encoding="utf-8")
    out = io.StringIO()
    code = main([str(article), "--model", "rules", "--format", "json"], stdout=out)
    err = capsys.readouterr().err
    assert code == 0, err
    lines = [line for line in err.splitlines() if "does not read as English" in line]
    assert len(lines) == 1
    assert lines[0].startswith("summarize: warning: the article does not read as English (")
    assert lines[0].endswith("the offline model reads English only; use a language model (--model)")
    assert '"language"' in out.getvalue()  # the finding is in the JSON too


def test_cli_is_quiet_on_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ENGLISH[0], encoding="utf-8")
    code = main([str(article), "--model", "rules", "--format", "json"], stdout=io.StringIO())
    err = capsys.readouterr().err
    assert code == 0, err
    assert "English" not in err


@pytest.mark.parametrize(
    "text",
    [
        # terse reports: few of the counted function words ("a", "on", "was" are not counted)
        "A woman was wounded on Oak Avenue early on Sunday. Witnesses said at least one shot was fired "
        "from a passing car.",
        "A man was shot in the leg on Pine Road on Tuesday. At least one suspect fled on foot, police said.",
    ],
)
def test_terse_english_is_not_taken_for_another_language(text: str) -> None:
    share = english_share(text)
    assert share.judged and share.share < THRESHOLD  # under the threshold, and still English:
    assert share.english  # no other language's function words outweigh its own


def test_another_script_does_not_read_as_english() -> None:
    text = (
        "Сегодня утром в центре города произошел пожар, в результате которого пострадали несколько "
        "человек, сообщили в службе спасения. Пожарные работали на месте несколько часов подряд."
    )
    share = english_share(text)
    assert share.judged and share.non_latin and not share.english


def test_web_addresses_are_no_words_of_another_language() -> None:
    # the paths hold "de", "la", "el", "que", "e": Spanish and Italian function words, were they prose
    path = "https://e.org/de/la/el/los/las/del/que/y/en/con"
    links = " ".join(f"[{w}]({path}/{w})" for w in ("Police", "said", "two", "people", "were", "killed"))
    text = f"{links} when a truck hit a bus at the Rell junction near Ambry on Monday, and three more were hurt."
    assert english_share(text).english
    result = summarize(text, model="rules", format="markdown")
    assert not [f for f in result.check.findings if f.rule == "language"]
    assert result.incident is not None


def test_a_long_article_is_judged_by_its_opening() -> None:
    # the opening's words decide, whatever follows: an English report with a long German appendix
    # is English, and the count of words read stays bounded however long the article grows
    english = ENGLISH[0]
    appendix = " ".join(t for _, t in FOREIGN if _ == "de") * 40
    share = english_share(english * 6 + " " + appendix)
    assert share.english
    assert share.words < 600
    assert not english_share(appendix + " " + english).english


def test_words_are_counted_alike_whether_or_not_the_text_holds_a_web_address() -> None:
    """The addresses are cut only from a text that holds "http" or "www." (as the pattern, which
    minds case, needs): the same counts as cutting them from every text."""
    import random

    from summarizer.text import language

    def counted(text: str) -> tuple[int, int, int]:
        words = language._WORD.findall(language._URL.sub(" ", text).casefold().replace("’", "'"))
        english = sum(w in language.ENGLISH_FUNCTION_WORDS for w in words)
        return len(words), english, sum(w in language.OTHER_FUNCTION_WORDS for w in words)

    pieces = [
        "the",
        "de",
        "la",
        "que",
        "e",
        "org",
        "http://",
        "https://",
        "HTTP://",
        "www.",
        "WWW.",
        "Http",
        "/",
        ".",
        " ",
        "’s",
        "x",
    ]
    rng = random.Random(3)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        share = language.english_share.__wrapped__(text)
        assert (share.words, share.function_words, share.other_function_words) == counted(text), text
