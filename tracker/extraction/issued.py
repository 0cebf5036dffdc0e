"""A document as a government or a body issues it, printed whole: a communiqué, a press release, a declaration, a
speech as delivered, an open letter, an op-ed. Its text is its author's own words, without quotation marks.

Mixed into `Extractor`, whose document, resolver, discourse, `_add` and `_acceptable` these use.
"""

import re

from .candidates import DIRECT_QUOTE
from .document import OPEN
from .formats import END_OF_STATEMENT, FIRST_PERSON, GREETING, STAGE_DIRECTION, TURN
from .lexicon import REPORTING_LEMMAS, VERB_FORMS
from .names import Speaker, is_title_word

# A header line naming the kind of document: "Ministry of X | Press release | No: 112/27", "PRESS RELEASE",
# "Permanent Mission of X | Statements | 27 October 2027"; an op-ed's "Opinion | Name | City, date" (not "Opinion"
# alone, a columnist's page).
KIND_LINE = re.compile(
    r"(?:^|\|)[ \t]*(?:(?i:(?:press|media|news)[ \t]+(?:release|statement)s?)|STATEMENT|(?i:joint[ \t]+statement)"
    r"|Statements?|Communiqu[eé])[ \t]*(?:\||$)"
)
# A title naming the kind of document: "Reykjavík Declaration of the …", "Statement attributable to the Spokesperson
# for …". Not "Official Communiqué …" or "Press Statement on …" alone: a ministry's notes answering someone else's
# words are read sentence by sentence, as the earlier batches label them; "Statement by the Prime Minister …" names
# its author.
KIND_TITLE = re.compile(
    r"(?:[\w’'-]+[ \t]+){0,3}"
    r"(?:Declaration[ \t]+(?:of|on|by)|(?:Joint[ \t]+)?Statement[ \t]+(?:attributable|by|from))\b"
)
# An introduction saying the document follows in full: "The following … statement was issued today by …:", "The
# following are excerpts of the address by …, as delivered.", "It is published here in full.", "The full text of the
# conclusions follows.", "The statement … reads in full:".
INTRO = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{1,40},[ \t]*[^\n—–]{4,30}?\d{4}[ \t]*[—–-]+[ \t]+)?"
    r"(?:The[ \t]+following\b[^\n.]{0,80}?\b(?:statement|letter|declaration|communiqu[eé]|text|excerpts?|address"
    r"|speech|remarks|message|release|conclusions)\b[^\n]*"
    # "The Foreign Ministers of … met in The Hague today and issued the following joint statement:"
    # (a spokesperson's "issued the following statement:" may narrate what others said, in the third person)
    r"|[^\n]*\b(?:issued|released|adopted|published)[ \t]+the[ \t]+following[ \t]+joint[ \t]+"
    r"(?:statement|declaration|communiqu[eé])\b[^\n]*"
    r"|[^\n]*\b(?:published[ \t]+(?:here[ \t]+)?in[ \t]+full|reads?[ \t]+in[ \t]+full"
    r"|full[ \t]+text[ \t]+of[ \t][^\n]{1,80}?[ \t]follows)\b[^\n]*)[.:][ \t]*$"
)
# A dateline opening the first paragraph: "ACCRA, 7 October 2027 — ", "NEW YORK, September 24, 2027 — ".
DATELINE = re.compile(r"[A-Z][\w.'’ -]{1,40},[ \t]*[^\n—–]{4,30}?\d{4}[ \t]*[—–-]+[ \t]+(?=[A-Z])")
# Lines that close a document and everything after them: "Yours faithfully,", "The writer is …", "ISSUED BY …",
# "For information media. Not an official record.", a closing "I thank you." or "Thank you.".
CLOSING = re.compile(
    r"[ \t]*(?:Yours[ \t]+(?:faithfully|sincerely|truly)\b|Sincerely,|(?:Kind|Best|Warm)[ \t]+regards\b"
    r"|The[ \t]+writer[ \t]+is\b|(?i:issued[ \t]+by)\b"
    r"|For[ \t]+information[ \t]+media\b|(?:I[ \t]+)?[Tt]hank[ \t]+you(?:[ \t]+(?:very[ \t]+much|all))?[.!]?[ \t]*$)"
)
FOOT = re.compile(r"\b(?:MINISTRY|EMBASSY|MISSION|OFFICE|DEPARTMENT|GOVERNMENT|ISSUED|SECRETARIAT|PRESIDENCY)\b")
# An applause mark closing a paragraph of a speech: "… That is a verdict. (Applause)".
MARK_AT_END = re.compile(r"[ \t]*[\[(](?i:applause|laughter|cheers)[^\[\]()\n]{0,30}[\])][ \t]*$")
# The reporter speaking of the document again: "The post drew more than 400 comments", "The statement came after …".
ABOUT_IT = re.compile(r"[ \t]*The[ \t]+(?:statement|post|letter|declaration|communiqu[eé]|release)\b")
# A formula before a statement read aloud: "I have the honour to read this statement on behalf of …".
HONOUR = re.compile(r"[ \t]*I[ \t]+have[ \t]+the[ \t]+honou?r[ \t]+to\b")
# A reporter's attribution of a quotation: '…," said X', '"…," she added', 'X said:'.
# Any verb of saying closes the quotation ('"…," the Minister stated'), past or present.
ATTRIBUTING = "|".join(
    sorted(
        form for form, (lemma, kind) in VERB_FORMS.items() if lemma in REPORTING_LEMMAS and kind in {"past", "third"}
    )
)
ATTRIBUTED = re.compile(
    rf"[”\"],?[ \t]+(?:[\w.'’-]+[ \t]+){{0,3}}(?:{ATTRIBUTING})\b|\b(?:said|says|added|told)[ \t]*:"
)
# Words a document relays from another's statement: "the statement issued by the ECOWAS Commission on 5 October,
# which described the attack as "…"".
DESCRIBED = re.compile(
    r"\b(?:statement|remarks|communiqu[eé]|declaration|post|letter)[ \t]+(?:issued|made|released|published|posted)"
    r"[ \t]+by[ \t]+(?P<who>[^,;“\n]{3,80}?)(?:[ \t]+on[ \t]+[^,;“\n]{3,30})?,[ \t]+which[ \t]+"
    r"(?:described|called|termed|branded)\b[^“\n.]{0,80}?(?=“)"
)
# Who the introduction or the header says issued, wrote or delivered it.
BY = re.compile(
    r"\b(?:on[ \t]+behalf[ \t]+of|signed[ \t]+by"
    r"|(?i:address|speech|remarks|statement|declaration|message)[ \t]+(?:delivered[ \t]+)?(?:by|from))"
    r"[ \t]+(?P<who>[^\n]{3,160}?)(?=,[ \t]+(?:at|in|was|to|on|as|before|Permanent|New[ \t]+York)\b|[ \t]+"
    r"(?:to|at|on|was|were|as|before)\b|[ \t]+[–—]|[.:]?$)"
)
ATTRIBUTABLE = re.compile(
    r"\battributable[ \t]+to[ \t]+the[ \t]+Spokes(?:person|man|woman)[ \t]+for[ \t]+(?P<who>the[ \t]+[\w-]+)"
)
# A first-person plural document naming its authors: "1. We, the Heads of State and Government of …".
WE_THE = re.compile(r"(?:\d{1,2}\.[ \t]+)?We,[ \t]+(?:the[ \t]+)?(?P<who>[^,()—–\n]{3,120}?)[ \t]*[,(—–]")
# The subject a third-person document opens its paragraphs with: "The Ministers reaffirmed", "The members of the
# Security Council condemned", "2. The EU calls on".
SUBJECT = re.compile(
    r"[ \t]*(?:\d{1,2}\.[ \t]+)?(?P<who>The[ \t]+(?:[A-Z][\w-]*|two[ \t]+sides"
    r"|members[ \t]+of[ \t]+the[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*)"
    r"(?:[ \t]+(?:of[ \t]+the|of|in)?[ \t]*[A-Z][\w'’-]*)*)[ \t]+[a-z]+(?:s|ed)\b"
)
# A plural subject standing for the authors a title names: "The Ministers", "The two sides", "The Leaders".
PLURAL_ROLES = {"ministers", "leaders", "sides", "presidents", "delegations"}
ROLES_OF = re.compile(
    r"\b(?P<who>(?:[A-Z][\w-]*[ \t]+)?"
    r"(?:Ministers|Leaders|Presidents|Heads[ \t]+of[ \t]+(?:State[ \t]+and[ \t]+)?Government)"
    r"[ \t]+of[ \t]+[^\n:|]{3,150}?)(?=[ \t]+(?:on|in|at|to|following|after|held|for)\b|[.:,]?[ \t]*$)"
)
FORMAL_STATE = re.compile(
    r"\bthe[ \t]+(?:(?:Hashemite|Arab|Islamic|Federal|Democratic|Socialist|United|Plurinational)[ \t]+)*"
    r"(?:Kingdom|Republic|State|Commonwealth|Federation|Sultanate|Principality)[ \t]+of[ \t]+"
)
NARRATED = re.compile(r"\b(?:said|says|told|tells)\b")
# A meeting the text narrates: "On 13 February, the Minister of X met with the Deputy Minister of Y …", "On 3 April,
# Minister of X had a telephone conversation with Minister of Y".
MET_WITH = re.compile(
    r"\b(?:met|(?:held|had)[ \t]+(?:talks|a[ \t]+(?:meeting|telephone[ \t]+conversation|phone[ \t]+call)))[ \t]+with\b"
)
# Another's words told to the issuer, in a ministry's note of a call or a meeting: "The Ukrainian Minister informed
# his Romanian counterpart that …", "The Ambassador assured the Minister that …".
TOLD_THAT = re.compile(r"\b(?:informed|assured|briefed)[ \t]+(?:[\w'’-]+[ \t]+){1,4}?that\b")
# An issuer's letterhead, a line of the header that is a body's name alone: "Ministry of Foreign Affairs", "Prime
# Minister's Office", "INTER SERVICES PUBLIC RELATIONS".
LETTERHEAD = re.compile(
    r"^[ \t]*(?P<who>(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*)*"
    r"(?:Ministry|Office|Public[ \t]+Relations|Department|Presidency|Secretariat|Embassy|Chancellery"
    r"|MINISTRY|OFFICE|PUBLIC[ \t]+RELATIONS|DEPARTMENT|PRESIDENCY|SECRETARIAT|EMBASSY|CHANCELLERY)"
    r"(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)*[A-Z][\w'’-]*)*)[ \t]*$",
    re.MULTILINE,
)
# A dateline closing the text: "Caracas, 21 April 2028", "New Delhi - April 13, 2028".
CLOSING_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w.'’ -]{1,40}(?:,|[ \t]+[-–—/])[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)"
    r"[ \t]+\d{4}[ \t]*"
)
LINKS = {"of", "for", "the"}  # inside a title: "Secretary of State", "Minister for Foreign Affairs"
# A time or sequence opening a readout's paragraph: "Later, ", "Earlier on arrival, ", "This evening, ".
ADVERBIAL = re.compile(
    r"[ \t]*(?:Later|Earlier|Subsequently|Afterwards|Meanwhile|Today|This[ \t]+(?:morning|afternoon|evening))"
    r"[^,\n]{0,30},[ \t]+"
)
# An op-ed's byline: "Opinion | Name | City, date", or "By Name" above a tagline "The writer is …" at its foot.
BYLINE = re.compile(
    r"(?:Opinion|Op-[Ee]d|Comment)[ \t]*\|[ \t]*(?P<who>[A-Z][^|\n]{2,60}?)[ \t]*\|"
    r"|^By[ \t]+(?P<by>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*(?:[|,]|$)",
    re.MULTILINE,
)
OPINION = re.compile(r"(?:Opinion|Op-[Ee]d|Comment)[ \t]*\|[ \t]*[A-Z][^|\n]{2,60}?[ \t]*\|")
TAGLINE = re.compile(r"[ \t]*(?:The[ \t]+)?(?:writer|author)[ \t]+is[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?[A-Z]")


class IssuedDocuments:
    def _read_issued_document(self):
        """The whole text, or the part after an introduction, is a document printed in full: one direct quote by
        its author for each stretch between headings or applause marks, the framing lines left out."""
        if self.relayed_by is not None or len(self.doc.paragraphs) < 3:
            return
        found = self._issued_body()
        if found is None:
            return
        header, body, intro = found
        sections = self._issued_sections(body)
        if not sections:
            return
        speaker = self._issued_author(header, body)
        if speaker is None or not self._acceptable(speaker):
            return
        self.skipped.append((header[-1][0], body[-1][1]))  # "I have the honour to read …", a salutation too
        for section in sections:
            start, end = section[0][0], section[-1][1]
            quote = self._add(start, end, DIRECT_QUOTE, speaker, "label")
            if intro is not None:  # "The statement, posted on Sunday night, reads in full:": dated by its introduction
                quote.date_span = (self.offset + intro[0], self.offset + intro[1])
            kept = len(self.found)
            self._read_document_relays(start, end, speaker)
            # only words it relays in quotation marks are another's: "X told this Assembly that we would be "…""
            relayed = self.found[kept:]
            del self.found[kept:]
            self.found += [f for f in relayed if f.kind == DIRECT_QUOTE or OPEN in self.doc.masked[f.start : f.end]]
            self._read_described(start, end)
        self.discourse.add(sections[0][0][0], speaker)

    def _read_document_relays(self, start, end, speaker):
        """Speech a document relays (see `_read_relayed`); a titled leader named by one name speaks here too:
        "President Prabowo has often said that …"."""
        if end - start < 20:
            return
        inner = type(self)(
            self.text[start:end], self.doc.directory, speaker, self.offset + start, (self.discourse, start, speaker)
        )
        inner.titled_relays = True
        self.found += [found for found in inner.run() if found.speaker.key != speaker.key]

    def _read_described(self, start, end):
        """ "… the statement issued by the Commission on 5 October, which described the attack as "…"": the words are
        the issuer's, dated by the day given them."""
        doc = self.doc
        for match in DESCRIBED.finditer(doc.masked, start, end):
            quote = next((quote for quote in doc.top_quotes if quote.open == match.end()), None)
            if quote is None or any(f.start - self.offset == quote.start for f in self.found):
                continue
            speaker = self._issued_speaker(match.start("who"), match.end("who"))
            if speaker is not None and self._acceptable(speaker):
                found = self._add(quote.start, quote.end, DIRECT_QUOTE, speaker, "frame")
                found.date_span = (self.offset + match.start(), self.offset + match.end())

    def _issued_body(self):
        """(header paragraphs, body paragraphs, the introduction's span or None) of a document printed in full,
        else None."""
        doc, masked = self.doc, self.doc.masked
        paragraphs = doc.paragraphs
        start_index = intro = None
        for index, (start, end) in enumerate(paragraphs[:8]):
            if INTRO.match(masked, start, end) and masked[start:end].count("\n") == 0:
                start_index, intro = index + 1, (start, end)
                break
        if start_index is None:
            heads = [masked[start:end] for start, end in paragraphs[:4]]
            tagged = any(TAGLINE.match(masked, start, end) for start, end in paragraphs[-3:])  # an op-ed's foot
            signed = any(OPINION.search(line) for line in heads)  # "Opinion | Name | City, date"
            lettered = any(LETTERHEAD.search(line) for line in heads[1:])  # "Ministry of Foreign Affairs" under a title
            kinds = any(KIND_LINE.search(line) for line in heads) or KIND_TITLE.match(heads[0])
            if not (kinds or tagged or signed or lettered):
                return None
            opening = [
                i for i, (s, e) in enumerate(paragraphs[1:6], 1) if self._prose(s, e) and not BY.search(masked[s:e])
            ]
            start_index = opening[0] if opening else None
            if start_index is None:
                return None
            if not (kinds or tagged or signed) and self._opens_with_principal(*paragraphs[start_index]):
                return None  # an office's readout: "Secretary of State X met today with …"
            # a ministry's readout of a meeting, "On 13 February, the Minister met with …", also under a "Press
            # release" line: it tells in the third person what each side "emphasized" or "noted"
            if not (tagged or signed) and MET_WITH.search(masked, *paragraphs[start_index]):
                return None
            if not (kinds or tagged or signed) and any(TOLD_THAT.search(masked, s, e) for s, e in paragraphs):
                return None  # a ministry's note telling what it was told, read sentence by sentence
        header = paragraphs[:start_index]
        body = []
        for start, end in paragraphs[start_index:]:
            text = masked[start:end]
            if not body and (text.rstrip().endswith(",") or GREETING.fullmatch(text) or HONOUR.match(text)):
                header.append((start, end))
                continue  # a salutation, a greeting, "I have the honour to read …"
            if not body and not self._prose(start, end) and not STAGE_DIRECTION.fullmatch(text):
                header.append((start, end))
                continue  # a heading before the text: "Council conclusions on Sudan"
            if END_OF_STATEMENT.fullmatch(text) or CLOSING.match(text) or TURN.match(text):
                break
            if ABOUT_IT.match(text):
                break
            if body and CLOSING_DATELINE.fullmatch(text):
                break  # the place and date under the text: "Caracas, 21 April 2028"; a slogan may follow
            if intro is not None and NARRATED.search(text) and not FIRST_PERSON.search(text):
                break  # the reporter again after the document: "Analysts said the move came late."
            if body and text.isupper() and (FOOT.search(text) or any(c.isdigit() for c in text)):
                break  # the issuer's foot: "MINISTRY OF FOREIGN AFFAIRS / VELMA / 9 MARCH 2027"; a heading splits
            dateline = DATELINE.match(masked, start, end)
            body.append((dateline.end() if dateline else start, end))
        while body and not self._prose(*body[-1]):
            body.pop()  # the signature line at the foot: "Spokesperson for the Secretary-General"
        if intro is None:
            body = self._own_voice(body)
        if len(body) < 2 or any(ATTRIBUTED.search(masked, start, end) for start, end in body):
            return None  # a reporter's copy quoting people, not a document
        if any(self._skipped(start) for start, _ in body) or any(f for f in self.found):
            return None
        quotes = [quote for quote in self.doc.top_quotes if body[0][0] <= quote.open < body[-1][1]]
        if len(quotes) >= 3:
            return None  # a ministry's note answering others' words, read sentence by sentence as earlier batches do
        return header, body, intro

    def _own_voice(self, body):
        """The paragraphs before a readout of the issuer's principal that follows its own words: the ones before the
        paragraph opening with him by title and name ("Later, Field Marshal X visited …") that runs, maybe over a
        paragraph or two, into his saying ("… the COAS said that …", "Prime Minister X said:")."""
        masked = self.doc.masked
        narrated = next(
            (i for i, (s, e) in enumerate(body) if ATTRIBUTED.search(masked, s, e) or NARRATED.search(masked, s, e)),
            None,
        )
        if narrated is None:
            return body
        cut = narrated
        while cut > 0 and self._opens_with_principal(*body[cut - 1]):
            cut -= 1
        if cut < 2 or cut == narrated:
            return body  # an op-ed's "President X has often said that …" stays inside it
        return body[:cut]

    def _opens_with_principal(self, start, end):
        doc = self.doc
        opening = ADVERBIAL.match(doc.masked, start, end)
        tokens = [doc.tokens[i] for i in doc.tokens_between(opening.end() if opening else start, end)[:6]]
        titled = next((i for i, token in enumerate(tokens[:2]) if is_title_word(token) and token.capitalised), None)
        if titled is None or not all(token.capitalised for token in tokens[:titled]):
            return False
        rest = tokens[titled + 1 :]
        named = next((i for i, token in enumerate(rest) if not (is_title_word(token) or token.lower in LINKS)), None)
        return named is not None and rest[named].capitalised

    def _letterhead(self, header):
        """The issuer its letterhead names, an office rather than a state: "Ministry of Foreign Affairs"."""
        for start, end in header:
            if match := LETTERHEAD.search(self.doc.masked, start, end):
                if match.group("who").isupper():
                    return Speaker(match.group("who").title(), None, "group")
                return self._issued_speaker(match.start("who"), match.end("who"))
        return None

    def _prose(self, start, end):
        text = MARK_AT_END.sub("", self.doc.masked[start:end]).rstrip()  # "… a verdict. (Applause)"
        return len(re.findall(r"\b[a-z]+\b", text)) >= 6 and text[-1:] in '.!?…”"' and "|" not in text

    def _issued_sections(self, body):
        """The body split at applause marks and headings, each stretch without them."""
        sections, current = [], []
        for start, end in body:
            text = self.doc.masked[start:end]
            marked = MARK_AT_END.search(text) if not STAGE_DIRECTION.fullmatch(text) else None
            if marked is not None and self._prose(start, end):
                current.append((start, start + marked.start()))  # "… That is a verdict. (Applause)"
                sections.append(current)
                current = []
                continue
            if STAGE_DIRECTION.fullmatch(text) or not self._prose(start, end):
                self.skipped.append((start, end))
                if current:
                    sections.append(current)
                current = []
                continue
            current.append((start, end))
        if current:
            sections.append(current)
        return sections

    def _issued_author(self, header, body):
        """Who issued it: the one the introduction or header names ("on behalf of", "signed by", "the address by",
        "attributable to the Spokesperson for the Secretary-General", a byline), the authors a "We, the …" names, or
        the subject the third-person text opens its paragraphs with."""
        doc = self.doc
        for start, end in header:
            if match := ATTRIBUTABLE.search(doc.masked, start, end):
                return self._issued_speaker(match.start("who"), match.end("who"))
        for start, end in header:
            # "delivered by Ambassador X, …, on behalf of A, B and C": the countries, the reader accepted
            for match in sorted([*BY.finditer(doc.masked, start, end)], key=lambda m: not m.group().startswith("on")):
                speaker = self._issued_speaker(match.start("who"), match.end("who"))
                if speaker is not None:
                    return speaker
            if (match := BYLINE.search(doc.masked, start, end)) is not None:
                group = "who" if match.group("who") else "by"
                if group == "by" and not any(TAGLINE.match(doc.masked, *part) for part in doc.paragraphs[-3:]):
                    continue  # a reporter's byline over a story
                speaker = self._issued_speaker(match.start(group), match.end(group))
                if speaker is not None:
                    return speaker
        if match := WE_THE.match(doc.masked, *body[0]):
            return self._issued_speaker(match.start("who"), match.end("who"))
        if any(NARRATED.search(doc.masked, start, end) for start, end in body):
            return None  # a reporter telling what the body did and said, not the body's own text
        if (lettered := self._letterhead(header)) is not None:
            return lettered
        subjects = {}
        for start, end in body:
            if match := SUBJECT.match(doc.masked, start, end):
                head = " ".join(match.group("who").split()[:2])  # "The Government" of "The Government of Ghana"
                subjects.setdefault(head, []).append((match.start("who"), match.end("who")))
        if subjects:
            places = max(subjects.values(), key=len)
            if len(places) >= 2 or len(body) <= 3:
                words = doc.masked[places[0][0] : places[0][1]].lower().split()
                if words[-1] in PLURAL_ROLES and (named := self._roles_named(header)) is not None:
                    return named  # "The Ministers" of "… the Foreign Ministers of Norway and Indonesia"
                return self._issued_speaker(*places[0])
        return None

    def _roles_named(self, header):
        """The office holders a title or header names with their countries ("Joint Communiqué following the
        meeting of the Foreign Ministers of the Kingdom of Norway and the Republic of Indonesia"), the states'
        formal names shortened: "Foreign Ministers of Norway and Indonesia"."""
        for start, end in header:
            if match := ROLES_OF.search(self.doc.masked, start, end):
                return Speaker(FORMAL_STATE.sub("", re.sub(r"\s+", " ", match.group("who"))), None, "group")
        return None

    def _qualified(self, start, end, speaker):
        """A name word outside the mention the speaker was found by: "the ECOWAS Commission" is not the directory's
        "Commission"."""
        doc = self.doc
        covered = set()
        for mention in doc.mentions_within(start, end):
            if any(ref.actor.slug == speaker.slug for ref in mention.refs):
                covered |= set(range(mention.first, mention.last + 1))
        if not covered:
            return False
        words = [
            i for i in doc.tokens_between(start, end) if doc.tokens[i].capitalised and doc.tokens[i].lower != "the"
        ]
        return any(i not in covered for i in words)

    def _issued_speaker(self, start, end):
        tokens = self.doc.tokens_between(start, end)
        if not tokens:
            return None
        speaker = self.resolver.speaker(tokens[0], tokens[-1], start)
        name = re.sub(r"\s+", " ", self.doc.text[start:end]).strip()
        if speaker is not None and speaker.slug is not None and self._qualified(start, end, speaker):
            speaker = None  # "the ECOWAS Commission" is not the directory's "Commission": the body as written
        if speaker is not None and (speaker.slug is not None or speaker.is_person):
            return speaker
        return Speaker(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE), None, "group")
