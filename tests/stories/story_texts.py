"""Short news reports written for these tests (fictional events, invented wording)."""

from __future__ import annotations

import hashlib

from counterpoint.model import Article


def art(text: str, outlet: str, published: str | None, title: str | None = None) -> Article:
    """An Article as ingest would build it (id = hash of the text)."""
    return Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16], text=text, source=f"{outlet}.txt",
        outlet=outlet, title=title, published=published, words=len(text.split()),
    )


WIRE = (
    "A magnitude 6.2 earthquake shook the mountain town of Veradol in northern Calvera on "
    "Tuesday morning, killing at least 14 people and injuring more than 80, the national "
    "civil protection agency said. The quake struck at 6:40 a.m. at a depth of about 10 "
    "kilometres, according to the Calvera Geological Institute. Rescue workers were digging "
    "through the rubble of a collapsed school and two apartment blocks in the old quarter. "
    "Governor Ilsa Marren said the army had sent 300 soldiers and four helicopters to the "
    "area. Power and water supplies were cut in much of the valley, and the main road to "
    "Veradol was blocked by landslides. Dozens of aftershocks followed, the strongest "
    "measuring 4.8. Hospitals in the provincial capital Orsk said they were treating 35 of "
    "the injured."
)
# The same wire report as reprinted by another outlet: a new first sentence, a few words
# changed, the last sentence dropped.
WIRE_COPY = (
    "At least 14 people died when an earthquake hit northern Calvera. "
    "A magnitude 6.2 earthquake shook the mountain town of Veradol in northern Calvera on "
    "Tuesday morning, killing at least 14 people and injuring more than 80, the national "
    "civil protection agency said. The quake struck at 6:40 a.m. at a depth of around 10 "
    "kilometres, according to the Calvera Geological Institute. Rescue workers were digging "
    "through the rubble of a collapsed school and two apartment blocks in the old quarter. "
    "Governor Ilsa Marren said the army had sent 300 soldiers and four helicopters to the "
    "region. Power and water supplies were cut in much of the valley, and the main road to "
    "Veradol was blocked by landslides. Dozens of aftershocks followed, the strongest "
    "measuring 4.8."
)
# Independent reports of the same Veradol earthquake.
QUAKE1_B = (
    "Residents of Veradol spent the night outdoors after Tuesday's earthquake, which the "
    "Calvera Geological Institute measured at magnitude 6.2. The death toll rose to 17 on "
    "Wednesday as rescuers recovered more bodies from the collapsed school in the old "
    "quarter. Governor Ilsa Marren visited the town and promised tents and food for the "
    "1,200 people who lost their homes. Landslides still block the main road to Veradol, "
    "so helicopters are carrying supplies from Orsk. Engineers said many older stone houses "
    "in northern Calvera were never built to resist a strong quake."
)
QUAKE1_C = (
    "The earthquake that struck Veradol in northern Calvera has killed 17 people, officials "
    "said on Wednesday, as aftershocks continued to rattle the valley. The magnitude 6.2 "
    "quake destroyed a school and damaged hundreds of homes. Governor Ilsa Marren said "
    "soldiers were clearing the landslides on the road from Orsk. Families sleeping in "
    "cars and tents described the moment the ground began to shake."
)
# A different earthquake in the same region a week later.
QUAKE2_A = (
    "A magnitude 5.1 earthquake struck near the lakeside village of Tamsin in northern "
    "Calvera on Tuesday, a week after the deadly Veradol quake, the Calvera Geological "
    "Institute said. Two people were slightly injured in Tamsin and a church tower cracked, "
    "but no one was killed. The epicentre was about 60 kilometres east of Veradol. Mayor "
    "Oren Quist said fishermen felt the lake heave and several boats were damaged in the "
    "harbour. Schools in Tamsin will stay closed until engineers check the buildings."
)
QUAKE2_B = (
    "The lakeside village of Tamsin was shaken by a magnitude 5.1 earthquake on Tuesday. "
    "Mayor Oren Quist said two residents were treated for minor injuries and the old church "
    "tower was cracked. Fishermen on the lake said boats in the harbour were thrown against "
    "the pier. Engineers will inspect the schools in Tamsin before classes resume, the mayor "
    "said. Seismologists said the quake east of Veradol was not an aftershock."
)
# An unrelated story.
BUDGET = (
    "The parliament of Calvera approved next year's budget on Thursday after a 14-hour "
    "debate, with 112 votes in favour and 87 against. Finance Minister Petra Halvik said "
    "spending on hospitals would rise by 6 percent while the fuel subsidy would be phased "
    "out over two years. Opposition leader Dario Venn called the budget a burden on "
    "farmers and said his party would challenge the fuel measure in the constitutional "
    "court. Trade unions plan a protest outside the parliament next week."
)
BUDGET_B = (
    "Lawmakers in Calvera passed the budget for next year by 112 votes to 87. Finance "
    "Minister Petra Halvik defended the end of the fuel subsidy, saying the savings would "
    "pay for hospitals. Dario Venn, who leads the opposition, said farmers would pay the "
    "price and promised a court challenge. Unions announced a protest at the parliament."
)
# The same person arrested twice, months apart.
ARREST1 = (
    "Police in Orsk arrested businessman Karel Dunst on Friday on suspicion of bribing "
    "customs officers to clear shipments of timber, prosecutors said. Officers searched his "
    "office and seized documents and 40,000 euros in cash. His lawyer said Dunst denied "
    "the accusations and would cooperate with the inquiry. A judge will decide on Monday "
    "whether he stays in custody."
)
ARREST1_B = (
    "Karel Dunst, a timber trader, was detained in Orsk on Friday in an investigation into "
    "bribes paid to customs officers, according to prosecutors. Police seized 40,000 euros "
    "in cash during a search of his office. A judge is to rule on Monday on custody. His "
    "lawyer said he denies wrongdoing."
)
ARREST2 = (
    "Karel Dunst was arrested again on Wednesday, this time at Orsk airport as he tried to "
    "board a flight to Lisbon, police said. He is accused of breaking the conditions of his "
    "bail by contacting a witness in the timber bribery case. Police said Dunst had a "
    "second passport. He was taken to the central prison and will appear before a judge on "
    "Thursday."
)
ARREST2_B = (
    "Police stopped Karel Dunst at Orsk airport on Wednesday before he could fly to Lisbon "
    "and arrested him for breaching his bail. Investigators said he had contacted a witness "
    "and carried a second passport. Dunst spent the night in the central prison and faces "
    "a judge on Thursday."
)
# A third, undated report on the second arrest.
ARREST2_C = (
    "The timber trader Karel Dunst, caught at the airport with a second passport and a ticket "
    "to Lisbon, lost his bail and was sent to the central prison; the witness he contacted "
    "has asked for police protection."
)


# Two title defences of one boxer (same champion, same belt, different opponent, city, round
# and result): one story each, though they share most of their names and words.
BOUT1 = [
    "Dario Velkov kept his WBX heavyweight title on Saturday night, stopping challenger Amos "
    "Trell in the sixth round in Haldenburg. Velkov dropped Trell twice with left hooks before "
    "the referee waved the fight off at 2:14 of the round. Trell, 31, had never been knocked "
    "down as a professional.",
    "Heavyweight champion Dario Velkov needed only six rounds to beat Amos Trell in front of "
    "18,000 fans at the Haldenburg arena. Trell was saved by the referee after a second "
    "knockdown. Velkov said he wanted a unification bout next.",
    "Amos Trell's promoter said his fighter would come back stronger after the sixth-round "
    "stoppage loss to WBX champion Dario Velkov in Haldenburg. Trell complained that the "
    "referee stopped the bout too early while he was still on his feet.",
]
BOUT2 = [
    "Dario Velkov defended his WBX belt with a unanimous decision over Kenji Morrow in Port "
    "Elsin on Sunday. The judges scored it 116-112, 117-111 and 115-113 for the champion, who "
    "was cut over the right eye in the ninth.",
    "Kenji Morrow took Dario Velkov the full distance in Port Elsin but lost on all three "
    "cards. Morrow, fighting in his home city, landed a heavy right in the ninth that opened a "
    "cut above the champion's eye, and the crowd of 9,000 booed the scores.",
    "After twelve hard rounds in Port Elsin, Velkov said Kenji Morrow was the toughest man he "
    "had faced. He won on points, 116-112 on one card, and needed stitches for the cut above "
    "his eye; Morrow's camp will ask for a rematch.",
]
# One ferry fire told by six outlets: one story, however the details are spread.
FERRY = [
    "A fire broke out on the ferry Northern Gull off Lusk Island on Thursday, forcing 240 "
    "passengers into lifeboats, the coast guard said. All were rescued; 12 were treated for "
    "smoke inhalation.",
    "Coast guard vessels and fishing boats picked up 240 people from lifeboats after the "
    "Northern Gull ferry caught fire near Lusk Island. The blaze started in the engine room.",
    "The operator of the Northern Gull said the fire began in the engine room about an hour "
    "after the ferry left Lusk Island. Twelve passengers were taken to hospital.",
    "Passengers on the burning Northern Gull described thick smoke filling the decks before "
    "the crew launched the lifeboats off Lusk Island. The coast guard praised the crew.",
    "Investigators boarded the Northern Gull, towed to port after Thursday's engine room fire "
    "off Lusk Island, to find out how the blaze started. No one died.",
    "Ferry services to Lusk Island were suspended after the Northern Gull fire, in which 240 "
    "passengers and crew were rescued from lifeboats and 12 were treated for smoke.",
]
