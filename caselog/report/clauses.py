"""The smallest part of a sentence that goes with a placeholder.

``placeholders`` first takes out the phrases that can go ("on [date]", "by Dr. [name]"). A
placeholder still left stands in a part the sentence cannot say without it; that part goes,
not the whole sentence, when what is left says nothing the record does not say:

- a part between semicolons says its own fact ("[name] niedokrwistość; włączono
  darbepoetynę"): it goes alone;
- a label before a colon ("Ultrasound of [name or place]: hydronephrosis"): the label
  goes, the finding stays; never a label that is a name alone ("[name]: diabetes" may be
  anyone's);
- a part between commas: a later part goes, unless it opens with a word that bounds what
  went before ("unless [name] agrees", "only at [place]"); the first part goes only when
  what follows stands alone: a measurement ("..., Hb 9,6 g/dl"), or anything after an
  adverbial phrase ("Per Dr. [name]'s note, ..."), or a clause of the patient's own, and
  nothing readable in the first part negates (a negation, or a redacted word that may
  have been one, would reach over a list: "[name] fever, rash or oedema" is never "rash
  or oedema");
- what is left never opens with a personal pronoun where a part before it went ("her
  sister [name] was tested, she has PKD": "she" may be the sister);
- what is left holds two words at least, else the sentence goes.

Nothing here rewords: what prints is the sentence's own words, fewer of them.
"""

from __future__ import annotations

import re

from caselog.privacy import titles

PLACEHOLDER = re.compile(r"\[(?!@)[A-Za-z][A-Za-z ]{0,40}\]")

_COMMA = re.compile(r",\s+")  # never a decimal comma ("2,4 mg/dl")
_LABEL = re.compile(r"^(?P<label>[^:;,.]{1,60}?):\s+(?P<rest>\S.*)$", re.S)
# A personal pronoun opening what is left may stand for the person the part that went
# named ("her sister [name] was tested, she has PKD"): it never prints without that part.
_PRONOUN = re.compile(
    r"(?i)^(?:she|he|they|her|his|him|their|them|sie|er|ihr|elle|il|ils|elles|ella|él|"
    r"ellos|ellas|lei|lui|loro|ela|ele|eles|elas|ona|on|oni|ono|она|он|они|її|його|"
    r"вона|він|вони|тя|той|те|αυτή|αυτός|αυτοί|hon|han|zij|hij|ze|onlar)(?!\w)"
)
# What is left opening with the patient is the patient's own clause.
_PATIENT = re.compile(r"(?i)^(?:the\s+)?patient\b")
_MEASURED = re.compile(r"\d")
# A part after a comma that opens with one of these hangs on the part before it: a
# relative pronoun or an "e.g." ("..., who agreed to ...", "..., z. B. bei ...").
CONTINUES = (
    r"(?i:who|whom|whose|which|that|where|e\.\s?g\.|i\.\s?e\.|such as|including|"
    r"der|die|das|welche[rs]?|z\.\s?B\.|d\.\s?h\.|qui|que|dont|où|quien|quienes|cuyo|"
    r"donde|p\.\s?ej\.|che|cui|dove|p\.\s?es\.|quem|onde|który|która|które|którzy|np\.|"
    r"tj\.|koji|koja|koje|npr\.|который|которая|которое|которые|т\.\s?е\.|например|"
    r"який|яка|яке|які|що|който|която|което|που|ο οποίος|η οποία|π\.\s?χ\.|δηλ\.|"
    r"dat|wat|waar|som|där|t\.\s?ex\.|care|unde|aki|amely|ami|ahol)(?!\w)"
)
_CONTINUES = re.compile("^" + CONTINUES)
# A coordinator opening the part after a first part that went ("..., and sevelamer was
# continued"): what it joined to is gone, the clause stands alone without it.
_COORDINATOR = re.compile(
    r"(?i)^(?:and|but|und|aber|et|mais|y|pero|ma|mas|ale|и|но|και|αλλά|ve|ama|en|maar|"
    r"och|men|și|dar|és)\s+"
)
# A first part opening with one of these is an adverbial phrase ("Per Dr. [name]'s note,
# ..."): the clause after it is the sentence.
_ADVERBIAL = re.compile(
    r"(?i)^(?:per|as per|according to|after|following|on|at|in|during|from|laut|nach|bei|"
    r"selon|après|según|tras|secondo|dopo|segundo|após|według|po|prema|nakon|согласно|"
    r"после|по|за|після|σύμφωνα|μετά|göre|volgens|na|enligt|efter|conform|după|szerint|"
    r"után)\b"
)
_TITLED = re.compile(rf"\b{titles.TITLE}")
# Words that bound what went before them: a part opening with one cannot go alone.
_BOUNDS = re.compile(
    r"(?i)^(?:unless|except|only|if|but|provided|without|nor|or|not|never|until|save|"
    r"außer|nur|wenn|falls|sauf|seulement|si|salvo|solo|sólo|excepto|tranne|solo|se|"
    r"exceto|apenas|oprócz|tylko|jeśli|jeżeli|osim|samo|ako|osim|кроме|только|если|крім|"
    r"лише|якщо|освен|само|ако|εκτός|μόνο|αν|sadece|ancak|eğer|behalve|alleen|als|"
    r"utom|endast|om|cu excepția|doar|dacă|kivéve|csak|ha)\b"
)
# Negations of the languages a note is written in: a first part holding one may reach
# over the parts after it.
_NEGATION = re.compile(
    r"(?i)(?:^|[^\w])(?:no|not|never|without|nor|none|neither|denie[sd]|deny|negative|absent|"
    r"free|kein\w*|nicht|ohne|sin|ningún|ninguna|ni|non|sans|pas|aucun\w*|nessun\w*|senza|"
    r"sem|nenhum\w*|nie|bez|żadn\w*|brak|ne|nije|nema|bez|без|нет|не|ни|нема|немає|δεν|"
    r"χωρίς|όχι|καμία|κανένα|yok|değil|geen|niet|zonder|inga|ingen|inte|utan|nu|fără|"
    r"niciun\w*|nem|nincs|nélkül)(?:$|[^\w])|n['’]t\b"
)


# A person's relation in the other languages a note is written in ("Ehefrau [name]", "сын
# [name]", "η κόρη της"): the relation says as much without the name.
RELATIONS = (
    r"Ehefrau|Ehemann|Ehegatte|Tochter|Sohn|Mutter|Vater|Schwester|Bruder|Enkelin|Enkel|"
    r"Nichte|Neffe|Lebensgefährtin|Lebensgefährte|fille|fils|mère|père|épouse|époux|mari|"
    r"sœur|soeur|frère|petite-fille|petit-fils|hija|hijo|madre|padre|esposa|esposo|marido|"
    r"hermana|hermano|nieta|nieto|figlia|figlio|moglie|marito|sorella|fratello|nipote|"
    r"filha|filho|mãe|pai|irmã|irmão|neta|neto|córka|córki|syn|matka|ojciec|żona|mąż|"
    r"siostra|brat|wnuczka|wnuk|dcera|manželka|manžel|sestra|bratr|kći|kćerka|ćerka|sin|"
    r"majka|otac|supruga|suprug|unuka|unuk|ћерка|кћи|кћерка|син|мајка|отац|супруга|супруг|"
    r"сестра|брат|унука|унук|дочь|сын|мать|отец|жена|муж|внучка|внук|донька|мати|батько|"
    r"дружина|чоловік|онука|онук|дъщеря|майка|баща|съпруга|съпруг|κόρη|γιος|μητέρα|"
    r"πατέρας|σύζυγος|αδελφή|αδερφή|αδελφός|αδερφός|εγγονή|εγγονός|kızı|oğlu|annesi|babası|"
    r"eşi|kocası|karısı|kardeşi|torunu|dochter|zoon|moeder|vader|echtgenote|echtgenoot|zus|"
    r"broer|kleindochter|kleinzoon|dotter|hustru|maka|syster|bror|"
    r"fiică|fiu|mamă|tată|soție|soț|soră|frate|lánya|fia|anyja|apja|felesége|férje|"
    r"testvére"
)
# A doctor's title in those languages ("dr.", "Dr. med.", "д-р", "д-ром", "Δρ.").
DOCTOR = r"(?:(?i:dr|prof|doc|prim)\.?(?:\s+med\.)?|д-р\w*|др\.?|проф\.?|Δρ\.?|Καθ\.?)"
# The words before a doctor's name that make the phrase an agent or a place of care ("by
# Dr. [name]", "bei Dr. [name]", "kod dr. [name]", "przez dr. [name]").
AGENT = (
    r"by|with|at|von|bei|mit|durch|par|avec|chez|por|con|da|dal|dalla|com|pelo|pela|przez|"
    r"u|s|od|kod|sa|z|у|с|от|од|από|με|τον|την|του|της|door|bij|met|av|hos|med|de|la|"
    r"cu|általi?"
)


def placed(text: str) -> bool:
    return PLACEHOLDER.search(text) is not None


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}|\d", PLACEHOLDER.sub(" ", text)))


def negated(text: str) -> bool:
    """``text`` holds a readable negation of one of the languages a note is written in."""
    return _NEGATION.search(PLACEHOLDER.sub(" ", text)) is not None


def too_short(text: str, was: str) -> bool:
    """``text``, what is left of the sentence ``was``, is too short to print: no word, or
    one word left of three or more ("Seen." of "Seen by [name] on [date].")."""
    if not re.search(r"[^\W\d_]", text):
        return True
    return _words(text) < 2 and _words(was) >= 3


def _commas_out(part: str) -> tuple[str, list[str]]:
    """``part`` (no semicolon in it) without its comma-parts that hold a placeholder and
    can go; ("", [part]) when none can."""
    if not placed(part):
        return part, []
    label = _LABEL.match(part)
    if (
        label
        and placed(label.group("label"))
        and len(label.group("label").split()) <= 5
        and _words(_TITLED.sub(" ", label.group("label")))  # never a name alone: whose?
    ):
        rest, gone = _commas_out(label.group("rest"))
        return (rest, [label.group("label") + ":", *gone]) if rest else ("", [part])
    if label and not placed(label.group("label")):
        rest, gone = _commas_out(label.group("rest"))
        return (f"{label.group('label')}: {rest}", gone) if rest else ("", [part])
    pieces = _COMMA.split(part)
    if len(pieces) < 2:
        return "", [part]
    kept: list[str] = []
    out: list[str] = []
    for i, p in enumerate(pieces):
        if not placed(p):
            kept.append(p)
            continue
        if i == 0:
            nxt = _COORDINATOR.sub("", pieces[1], count=1)
            if _CONTINUES.match(nxt):  # "..., who agreed", "..., z. B. bei ...": not alone
                return "", [part]
            pieces[1] = nxt
            alone = _PATIENT.match(nxt) or (
                not _PRONOUN.match(nxt) and (_MEASURED.search(nxt) or _ADVERBIAL.match(p))
            )
            if not alone or placed(nxt) or _NEGATION.search(PLACEHOLDER.sub(" ", p)):
                return "", [part]
            if not _words(_TITLED.sub(" ", p)):  # a name alone, the sentence's subject
                return "", [part]
        elif _BOUNDS.match(p.lstrip()) or (i + 1 < len(pieces) and _PRONOUN.match(pieces[i + 1])):
            return "", [part]
        out.append(p)
    text = ", ".join(kept)
    if _words(text) < 2:
        return "", [part]
    return text, out


def take_out(sentence: str) -> tuple[str, list[str]]:
    """``sentence`` without the smallest parts that hold a placeholder (see the module's
    docstring): (what prints, the parts taken out); ("", [sentence]) when no part of it
    can print alone."""
    if not placed(sentence):
        return sentence, []
    body = sentence.rstrip()
    end = body[-1] if body and body[-1] in ".!?…" else ""
    body = body[: len(body) - len(end)] if end else body
    kept: list[str] = []
    out: list[str] = []
    went = False  # the part before went
    for part in re.split(r"\s*;\s*", body):
        text, gone = _commas_out(part)
        if went and text and _PRONOUN.match(text):
            text, gone = "", [part]
        out += gone
        went = text != part
        if text:
            kept.append(text)
    text = "; ".join(kept).strip(" ,;:")
    if not kept or _words(text) < 2 or placed(text):
        return "", [sentence]
    if not re.search(r"[.!?…]$", text):
        text += end or "."
    return text[0].upper() + text[1:], out
