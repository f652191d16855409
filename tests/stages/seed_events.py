"""Expected event mentions of the five sample articles (samples/seeds), written by hand from
their text, in the annotation format of :mod:`chronique.eval.events`.

``published`` is the date the page or feed gave (what the pipeline starts from); 001's page
claims 24 April 2024 although the article is from December 2016.
"""

from __future__ import annotations

B = "Battles"
E = "Explosions/Remote violence"
V = "Violence against civilians"
S = "Strategic developments"


def ev(anchors: str | list[str], **fields: object) -> dict[str, object]:
    return {"anchors": [anchors] if isinstance(anchors, str) else anchors, **fields}


SEEDS: dict[str, dict[str, object]] = {
    "000": {
        "published": "2017-03-19",
        "events": [
            ev(["Damas est en proie à de violents combats ce dimanche 19 à la faveur d'une "
                "offensive surprise des insurgés",
                "L'attaque est menée principalement par les forces de Hayet Tahrir al-Cham",
                "participent également à l'offensive visant relier la poche",
                "Ces combats dans la capitale syrienne font rage",
                "Il s'agit d'une offensive éclair",
                "Pour faite face à cette action militaire des rebelles"],
               event_type=B, sub_event_type="Armed clash", actor1=["insurgés", "Tahrir"],
               place="Damas", date="2017-03-19"),
            ev("Des véhicules kamikazes (VBEID) ont frappé des positions tenus par des loyalistes",
               event_type=E, sub_event_type="Suicide bomb", actor2="loyalistes",
               date="2017-03-19"),
            ev("Des avions de combat de l'armée de l'air syrienne ont bombardé le quartier de "
               "Djobar", event_type=E, sub_event_type="Air/drone strike",
               actor1=["armée de l'air", "Syria"], place="Djobar", date="2017-03-19"),
            ev("l'artillerie rebelle pilonne plusieurs quartiers tenus par le gouvernement",
               event_type=E, sub_event_type="Shelling/artillery/missile attack",
               place=["Bab Touma", "Rukn al Din", "Damas"], source="OSDH"),
            ev("qui subissent actuellement des bombardements par les forces du régime dans trois "
               "quartiers du nord de la capitale", event_type=E, actor1="forces du régime",
               actor2="insurgés"),
        ],
        "not_events": [
            "un nouveau round de négociations intersyriennes est prévu à partir de mercredi 22",
            "a fait plus de 320.000 morts et des millions de déplacés et réfugiés",
        ],
        "ignore": ["les bruits assourdissants des obus", "marquant le début de l'attaque"],
    },
    "001": {
        "published": "2024-04-24",
        "events": [
            ev(["Le régime syrien s’attaque au dernier carré rebelle à Alep",
                "Les forces du régime syrien, appuyées par des combattants étrangers, "
                "s’attaquaient jeudi aux derniers quartiers rebelles d’Alep",
                "Face à l’avancée fulgurante des troupes prorégime engagées depuis le 15 novembre "
                "dans une offensive"],
               event_type=B, sub_event_type="Armed clash", actor1=["régime", "Syria"],
               place="Alep"),
            ev("après la chute d’un baril d’explosifs dans la rue", event_type=E,
               sub_event_type="Air/drone strike", place="Kallassé"),
            ev("Les bombardements sur les quartiers rebelles étaient tellement violents",
               event_type=E, sub_event_type="Air/drone strike"),
            ev(["Après avoir repris la Vieille ville, l’armée",
                "contrôle désormais plus de 80% des quartiers rebelles à Alep-Est"],
               event_type=B, sub_event_type="Government regains territory",
               actor1=["armée", "Syria"], place=["Vieille ville", "Alep"], source="OSDH"),
            ev("Les rebelles répliquent en tirant des dizaines de roquettes", event_type=E,
               sub_event_type="Shelling/artillery/missile attack", actor1="rebelles"),
            ev("Les insurgés avaient conquis en 2012 les quartiers est de la ville", event_type=B,
               sub_event_type="Non-state actor overtakes territory", actor1="insurgés",
               date="2012"),
            ev("ont en outre été évacués d’un centre de santé dans la Vieille ville d’Alep",
               event_type=S, place=["Vieille ville", "Alep"], source="Croix-Rouge",
               figures=[{"kind": "evacuated", "best": 150}]),
            ev(["80.000 personnes ont fui Alep-Est depuis le 15 novembre",
                "a accéléré l’exode de la population"], event_type=S,
               place="Alep", source="OSDH", figures=[{"kind": "displaced", "best": 80000}]),
            ev("Depuis le début de l’offensive, 384 civils ont été tués, dont au moins 45 enfants",
               place="Alep", source="OSDH",
               figures=[{"kind": "killed", "best": 384}, {"kind": "killed", "best": 45}]),
            ev("la vieille ville d’Alep reprise la veille par le régime", event_type=B,
               sub_event_type="Government regains territory", actor1=["régime", "Syria"],
               place=["vieille ville", "Alep"]),
        ],
        "not_events": [
            "dont la conquête représenterait « un tournant dans la guerre »",
            "veut coûte que coûte s’emparer de la totalité de la deuxième ville du pays",
            "une prise qui constituerait sa plus importante victoire",
            "le régime a refusé les appels à cesser le feu",
            "dont les Etats-Unis, à un « cessez-le-feu immédiat »",
            "en écartant un cessez-le-feu",
            "poussé à la fuite plus de la moitié de la population syrienne",
            "les groupes rebelles ont appelé mercredi à un cessez-le-feu immédiat de cinq jours "
            "et à l’évacuation des civils",
            "La perte d’Alep constituerait pour les insurgés leur pire défaite",
            "ils ne contrôleraient alors plus que la province d’Idleb",
        ],
        "ignore": [
            "les civils, assiégés depuis plus de quatre mois, sont soumis au déluge de feu",
            "Assiégés,", "L’intensité des combats",
            "les gens s’enfuir, terrifiés", "Fort de ses succès militaires",
            "Déclenchée en mars 2011 par la répression de manifestations pacifiques",
            "face au « bain de sang » à Alep", "Les Russes et les Américains qui appuient",
            "dans les derniers secteurs sud de la partie orientale d’Alep",
            "Dans les secteurs encore aux mains des rebelles à Alep",
        ],
    },
    "002": {
        "published": "2016-10-04",
        "events": [
            ev(["l'armée de Bachar el-Assad s’empare d’immeubles stratégiques à Alep",
                "les forces gouvernementales progressent dans les quartiers Est d'Alep"],
               event_type=B, sub_event_type="Government regains territory",
               actor1=["armée", "forces gouvernementales", "Syria"], place="Alep"),
            ev(["les combats font rage entre le régime syrien appuyé par les forces russes et les "
                "rebelles", "Des combats d'une violence inouïe"],
               event_type=B, sub_event_type="Armed clash", actor1=["régime", "Syria"],
               actor2="rebelles", place="Alep"),
            ev("L'offensive sur Alep a été lancée le 22 septembre, avec des bombardements massifs "
               "du régime et de son allié russe", event_type=E, sub_event_type="Air/drone strike",
               actor1=["régime", "Syria"], place="Alep", date="2016-09-22"),
            ev("leur décision annoncée lundi soir de suspendre les pourparlers engagés avec la "
               "Russie", event_type=S, actor1=["Etats-Unis", "United States"],
               date="2016-10-03"),
        ],
        "not_events": [
            "pour tenter de parvenir à une trêve",
            "quels sont les alliés américains au sein de la rébellion à ne pas bombarder",
        ],
        "ignore": [
            "leur priorité étant de prendre « les grands immeubles",
            "La Russie pour sa part accuse les Etats-Unis de ne jamais avoir mis en pratique "
            "l'accord auquel ils étaient parvenus",
            "des hôpitaux bombardés", "une nouvelle passe d’armes a eu lieu",
            "Nouvelle passe d'armes", "L'idée est de cantonner les forces rebelles",
            "Washington et Moscou ont cessé toute coopération",
            "entretiennent toujours un minimum de coopération militaire",
        ],
    },
    "003": {
        "published": "2016-12-10",
        "events": [
            ev(["a vu la cité antique de Palmyre tomber à nouveau aux mains des rebelles du groupe "
                "armé État islamique, à la faveur d'un assaut surprise",
                "l’offensive de Daech a été lancée jeudi soir",
                "L’attaque contre Palmyre est survenue"],
               event_type=B, sub_event_type="Non-state actor overtakes territory",
               actor1=["État islamique", "Daech", "Islamic State", "EI"], place="Palmyre",
               date="2016-12"),
            ev("Les djihadistes ont également repris le contrôle des silos à grains", event_type=B,
               sub_event_type="Non-state actor overtakes territory", actor1="djihadistes",
               source="OSDH"),
            ev("avant d’être repris en mars dernier par les forces progouvernementales",
               event_type=B, sub_event_type="Government regains territory",
               actor1="forces progouvernementales", date="2016-03"),
            ev("les rebelles ont saccagé une bonne partie de la ville", event_type=S,
               sub_event_type="Looting/property destruction", actor1="rebelles"),
            ev("les troupes de Bachar Al-Assad poursuivent leur offensive", event_type=B,
               sub_event_type="Armed clash", actor1=["troupes de Bachar", "Syria"], place="Alep"),
            ev("le régime aurait repris plus de 90 % du territoire", event_type=B,
               sub_event_type="Government regains territory", actor1=["régime", "Syria"],
               source="Moscou"),
            ev("L’aviation russe et les militaires syriens ont multiplié les frappes contre des "
               "secteurs occupés par les insurgés", event_type=E,
               sub_event_type="Air/drone strike", actor1=["aviation russe", "Russia"],
               actor2="insurgés", source="Moscou"),
            ev("ce qui a forcé le déplacement de plus de 20 000 personnes", event_type=S,
               source="Moscou", figures=[{"kind": "displaced", "best": 20000}]),
            ev("1200 combattants djihadistes auraient rendu les armes", event_type=S,
               source="ministère"),
            ev("Les habitants quittent [les quartiers insurgés] en flot continu", event_type=S),
            ev("les négociations présentement en cours à Genève", event_type=S, place="Genève"),
        ],
        "not_events": [
            "qu’elle enverrait des renforts vers la cité",
            "qu'il pourrait y avoir un moyen de progresser",
            "pour reprendre des quartiers des mains des rebelles à Alep",
        ],
        "ignore": [
            "Durant leur siège", "la dureté des interventions russes",
            "continue de progresser dans Alep-Est", "la partie de la ville contrôlée par le "
            "gouvernement", "gagne du terrain à Alep, mais perd à nouveau Palmyre",
            "Le site a été occupé pendant 10 mois par les troupes de l'EI",
        ],
    },
    "004": {
        "published": "2024-11-29",
        "events": [
            ev(["Une offensive d’ampleur menée par les djihadistes et leurs alliés",
                "Lancée mercredi contre les forces du régime de Bachar al-Assad, cette attaque "
                "fulgurante a déjà fait plus de 240 morts",
                "Cet assaut sur Alep constitue une escalade majeure",
                "Le bilan humain de ces affrontements",
                "face à un assaut d’une rare violence"],
               event_type=B, sub_event_type="Armed clash",
               actor1=["djihadistes", "Tahrir", "HTS"], actor2=["forces du régime", "Syria"],
               place=["Syrie", "Syria", "Alep"], date="2024-11-27", source="OSDH",
               figures=[{"kind": "killed", "best": 240}]),
            ev(["Une cinquantaine de localités tombent aux mains des djihadistes",
                "sont parvenus à conquérir une cinquantaine de villes et villages"],
               event_type=B, sub_event_type="Non-state actor overtakes territory",
               actor1=["djihadistes", "Tahrir", "HTS"], source="OSDH"),
            ev("victimes de frappes aériennes russes sur les zones rebelles", event_type=E,
               sub_event_type="Air/drone strike", source="OSDH",
               figures=[{"kind": "killed", "best": 24}, {"kind": "killed", "best": 19}]),
            ev("Un général iranien des Gardiens de la Révolution a également été tué",
               event_type=B, actor2=["Gardiens de la Révolution", "Islamic Revolutionary"]),
            ev(["fait état de plus de 14 000 déplacés en quelques jours",
                "cette offensive provoque un nouvel exode de population",
                "Des dizaines de milliers de déplacés fuient les combats"],
               event_type=S, source="OCHA", figures=[{"kind": "displaced", "best": 14000}]),
            ev("Les forces du régime ont commencé à bombarder les zones civiles", event_type=E,
               sub_event_type="Air/drone strike", actor1=["forces du régime", "Syria"]),
            ev("ce qui a provoqué l’exode de dizaines de milliers de civils", event_type=S),
            ev("Son aviation a intensifié les frappes", event_type=E,
               sub_event_type="Air/drone strike"),
        ],
        "not_events": [
            "Si Alep venait à tomber, cela représenterait un revers majeur",
            "Cette offensive pourrait bien marquer un tournant",
            "Le régime parviendra-t-il à endiguer cette percée djihadiste",
            "les civils syriens risquent une fois de plus d’en payer le prix fort",
            "c’est potentiellement toute la ville d’Alep et ses habitants qui pourraient basculer",
        ],
        "ignore": [
            "Les plus violents affrontements depuis 2020", "malgré des accrochages sporadiques",
            "l’instauration d’un fragile cessez-le-feu", "Malgré l’envoi de renforts par le régime",
            "Malgré l’arrivée de renforts", "reprendre le contrôle de la majeure partie du "
            "territoire", "la puissance de frappe des assaillants",
            "qui contrôlent déjà de larges pans du nord-ouest syrien",
            "dénonçant une « attaque contre la souveraineté de la Syrie »",
            "recevoir de tels coups", "fuyant les violences", "Les assaillants progressent",
            "endiguer cette percée",
        ],
    },
}
