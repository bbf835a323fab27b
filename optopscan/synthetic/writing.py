"""Writing the area in the real file formats (GeoPackage, CSV, IMRO2012 GML)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely

from optopscan.synthetic.common import (
    FILES,
    GEMEENTECODE,
    GEMEENTENAAM,
    PLAN_ID,
    PLAN_LOKAAL_ID,
    PLAN_VERSIE,
    RD,
    SyntheticArea,
)


def _write_gpkg(df: gpd.GeoDataFrame, path: Path, layer: str, **layer_options) -> None:
    pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", layer_options=layer_options or None)


def write_area(area: SyntheticArea, out_dir: str | Path, plan_format: str = "gml") -> dict[str, Path]:
    """Write every file of the area into ``out_dir``; returns {name: path}.

    ``plan_format="gml"`` writes an IMRO2012 GML (``bestemmingsplan.gml``); ``"gpkg"`` writes
    the plain polygon layer ``plannen`` in ``plannen.gpkg`` (for very large areas).
    """
    if plan_format not in ("gml", "gpkg"):
        raise ValueError("plan_format moet 'gml' of 'gpkg' zijn")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    # fixed GeoPackage metadata timestamp, so repeated runs give identical files
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2025-01-01T00:00:00.000Z"})
    try:
        p = out / FILES["bag"]
        p.unlink(missing_ok=True)
        for layer, df in (("pand", area.panden), ("verblijfsobject", area.verblijfsobjecten)):
            _write_gpkg(df, p, layer, GEOMETRY_NAME="geom", FID="feature_id")
        paths["bag"] = p

        p = out / FILES["bag3d"]
        p.unlink(missing_ok=True)
        _write_gpkg(area.bag3d, p, "pand", FID="fid")
        paths["bag3d"] = p

        if plan_format == "gml":
            p = out / FILES["plannen_gml"]
            p.write_text(plan_gml(area), encoding="utf-8")
            # a stale GDAL schema cache (.gfs) from an earlier file would mislead GDAL
            p.with_suffix(".gfs").unlink(missing_ok=True)
            paths["plannen"] = p
        else:
            p = out / FILES["plannen_gpkg"]
            p.unlink(missing_ok=True)
            mv = area.maatvoering
            bh = mv["max_bouwhoogte_m"].astype(float)
            plain = gpd.GeoDataFrame(
                {"max_bouwhoogte_m": bh, "max_bouwlagen": mv["max_bouwlagen"].astype(float).where(bh.isna())},
                geometry=mv.geometry.to_numpy(),
                crs=RD,
            )
            _write_gpkg(plain, p, "plannen")
            paths["plannen"] = p

        p = out / FILES["buurten"]
        p.unlink(missing_ok=True)
        for layer, df in (("buurten", area.buurten), ("wijken", area.wijken), ("gemeenten", area.gemeenten)):
            _write_gpkg(df, p, layer)
        paths["buurten"] = p

        for key, layer, df in (
            ("parkeerzones", "parkeerzones", area.parkeerzones),
            ("voorzieningen", "voorzieningen", area.voorzieningen),
            ("monumenten", "rijksmonumenten", area.monumenten),
        ):
            p = out / FILES[key]
            p.unlink(missing_ok=True)
            _write_gpkg(df, p, layer)
            paths[key] = p

        if area.bgt_wegdeel is not None and area.bgt_waterdeel is not None:
            p = out / FILES["bgt"]
            p.unlink(missing_ok=True)
            for layer, df in (("wegdeel", area.bgt_wegdeel), ("waterdeel", area.bgt_waterdeel)):
                _write_gpkg(df, p, layer, GEOMETRY_NAME="geom")
            paths["bgt"] = p
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})

    p = out / FILES["bezit"]
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        area.bezit.to_csv(f, sep=";", index=False, lineterminator="\r\n")
    paths["bezit"] = p

    p = out / FILES["energielabels"]
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("EP-Online export energielabels - FICTIEVE gegevens (optopscan.synthetic)\r\n")
        f.write("Peildatum: 2025-01-01\r\n")
        area.energielabels.to_csv(f, sep=";", decimal=",", index=False, lineterminator="\r\n")
    paths["energielabels"] = p
    return paths


# ------------------------------------------------------------------------------------------
# IMRO2012 GML
# ------------------------------------------------------------------------------------------
_SRS = "urn:ogc:def:crs:EPSG::28992"


def _poslist(coords: np.ndarray) -> str:
    return " ".join(f"{x:.3f} {y:.3f}" for x, y in coords)


def _gml_polygon(poly, gid: str, indent: str) -> str:
    ext = shapely.get_coordinates(poly.exterior)
    s = [
        f'{indent}<gml:Polygon gml:id="{gid}" srsName="{_SRS}">',
        f"{indent}\t<gml:exterior><gml:LinearRing><gml:posList>{_poslist(ext)}"
        "</gml:posList></gml:LinearRing></gml:exterior>",
    ]
    for ring in poly.interiors:
        s.append(
            f"{indent}\t<gml:interior><gml:LinearRing><gml:posList>"
            f"{_poslist(shapely.get_coordinates(ring))}</gml:posList></gml:LinearRing>"
            "</gml:interior>"
        )
    s.append(f"{indent}</gml:Polygon>")
    return "\n".join(s)


def _ident(lokaal: str, versie: str | None = None) -> str:
    v = f"\n\t\t\t\t\t<imro:versie>{versie}</imro:versie>" if versie else ""
    return (
        "\t\t\t<imro:identificatie>\n\t\t\t\t<imro:NEN3610ID>\n"
        "\t\t\t\t\t<imro:namespace>NL.IMRO</imro:namespace>\n"
        f"\t\t\t\t\t<imro:lokaalID>{lokaal}</imro:lokaalID>{v}\n"
        "\t\t\t\t</imro:NEN3610ID>\n\t\t\t</imro:identificatie>"
    )


def plan_gml(area: SyntheticArea) -> str:
    """The plan as IMRO2012 GML text (structure as exported from ruimtelijkeplannen.nl)."""
    from xml.sax.saxutils import escape

    gid = [0]

    def nid(prefix="id"):
        gid[0] += 1
        return f"{prefix}{gid[0]}"

    members = []
    href = f'\t\t\t<imro:plangebied xlink:href="#{PLAN_ID}"/>'
    sym = {
        "maximum bouwhoogte (m)": "s111",
        "maximum goothoogte (m)": "s112",
        "maximum bebouwingspercentage (%)": "s123",
        "maximum aantal bouwlagen": "s131",
    }
    # Enkelbestemming
    be_ids = []
    for i, r in enumerate(area.bestemmingen.itertuples(index=False)):
        lid = f"9999.EP{i + 1:05d}-{PLAN_VERSIE}"
        be_ids.append(f"NL.IMRO.{lid}")
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Enkelbestemming gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>enkelbestemming</imro:typePlanobject>",
                    href,
                    f"\t\t\t<imro:naam>{escape(r.naam)}</imro:naam>",
                    f"\t\t\t<imro:bestemmingshoofdgroep>{r.bestemmingshoofdgroep}</imro:bestemmingshoofdgroep>",
                    f"\t\t\t<imro:artikelnummer>{r.artikelnummer}</imro:artikelnummer>",
                    "\t\t\t<imro:verwijzingNaarTekstInfo>\n\t\t\t\t<imro:TekstReferentie_BP>\n"
                    f"\t\t\t\t\t<imro:verwijzingNaarTekst>r_{PLAN_ID}.html#artikel{r.artikelnummer}"
                    "</imro:verwijzingNaarTekst>\n"
                    "\t\t\t\t\t<imro:typeTekst>regels</imro:typeTekst>\n"
                    "\t\t\t\t</imro:TekstReferentie_BP>\n\t\t\t</imro:verwijzingNaarTekstInfo>",
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Enkelbestemming>",
                ]
            )
        )
    # Bouwvlak
    for i, r in enumerate(area.bouwvlakken.itertuples(index=False)):
        lid = f"9999.BV{i + 1:05d}-{PLAN_VERSIE}"
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Bouwvlak gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>bouwvlak</imro:typePlanobject>",
                    href,
                    "\t\t\t<imro:naam>bouwvlak</imro:naam>",
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Bouwvlak>",
                ]
            )
        )
    # Maatvoering
    for i, r in enumerate(area.maatvoering.itertuples(index=False)):
        lid = f"9999.MV{i + 1:05d}-{PLAN_VERSIE}"
        c = r.geometry.representative_point()
        code = sym[r.waardeType[0]]
        infos = "\n".join(
            "\t\t\t<imro:maatvoeringInfo>\n\t\t\t\t<imro:WaardeEnType>\n"
            f"\t\t\t\t\t<imro:waarde>{w}</imro:waarde>\n"
            f"\t\t\t\t\t<imro:waardeType>{escape(t)}</imro:waardeType>\n"
            f"\t\t\t\t\t<imro:symboolCode>{sym[t]}</imro:symboolCode>\n"
            "\t\t\t\t</imro:WaardeEnType>\n\t\t\t</imro:maatvoeringInfo>"
            for w, t in zip(r.waarde, r.waardeType, strict=True)
        )
        members.append(
            "\n".join(
                [
                    f'\t\t<imro:Maatvoering gml:id="NL.IMRO.{lid}">',
                    _ident(lid),
                    "\t\t\t<imro:typePlanobject>maatvoering</imro:typePlanobject>",
                    href,
                    f"\t\t\t<imro:naam>{escape(r.naam)}</imro:naam>",
                    "\t\t\t<imro:symboolInfo>\n\t\t\t\t<imro:SymboolEnPositie>\n"
                    f"\t\t\t\t\t<imro:symboolCode>{code}</imro:symboolCode>\n"
                    "\t\t\t\t\t<imro:positie>\n\t\t\t\t\t\t<imro:Labelpositie>\n"
                    "\t\t\t\t\t\t\t<imro:plaatsingspunt>\n"
                    f'\t\t\t\t\t\t\t\t<gml:Point gml:id="{nid()}" srsName="{_SRS}">'
                    f"<gml:pos>{c.x:.3f} {c.y:.3f}</gml:pos></gml:Point>\n"
                    "\t\t\t\t\t\t\t</imro:plaatsingspunt>\n"
                    "\t\t\t\t\t\t\t<imro:hoek>0</imro:hoek>\n"
                    "\t\t\t\t\t\t</imro:Labelpositie>\n\t\t\t\t\t</imro:positie>\n"
                    "\t\t\t\t</imro:SymboolEnPositie>\n\t\t\t</imro:symboolInfo>",
                    infos,
                    "\t\t\t<imro:geometrie>",
                    _gml_polygon(r.geometry, nid(), "\t\t\t\t"),
                    "\t\t\t</imro:geometrie>",
                    "\t\t</imro:Maatvoering>",
                ]
            )
        )
    # Bestemmingsplangebied
    geom = area.plangebied.geometry.iloc[0]
    surf = "\n".join(
        "\t\t\t\t\t<gml:surfaceMember>\n"
        + _gml_polygon(part, nid(), "\t\t\t\t\t\t")
        + "\n\t\t\t\t\t</gml:surfaceMember>"
        for part in shapely.get_parts(geom)
    )
    members.append(
        "\n".join(
            [
                f'\t\t<imro:Bestemmingsplangebied gml:id="{PLAN_ID}">',
                _ident(PLAN_LOKAAL_ID, PLAN_VERSIE),
                "\t\t\t<imro:typePlan>bestemmingsplan</imro:typePlan>",
                "\t\t\t<imro:beleidsmatigVerantwoordelijkeOverheid>gemeentelijke overheid"
                "</imro:beleidsmatigVerantwoordelijkeOverheid>",
                f"\t\t\t<imro:naamOverheid>{escape(GEMEENTENAAM)}</imro:naamOverheid>",
                f"\t\t\t<imro:overheidsCode>{GEMEENTECODE}</imro:overheidsCode>",
                "\t\t\t<imro:naam>Zonnehoeve (fictief plan)</imro:naam>",
                "\t\t\t<imro:planstatusInfo>\n\t\t\t\t<imro:PlanstatusEnDatum>\n"
                "\t\t\t\t\t<imro:planstatus>vastgesteld</imro:planstatus>\n"
                "\t\t\t\t\t<imro:datum>2015-06-25</imro:datum>\n"
                "\t\t\t\t</imro:PlanstatusEnDatum>\n\t\t\t</imro:planstatusInfo>",
                "\t\t\t<imro:verwijzingNorm>IMRO2012</imro:verwijzingNorm>",
                "\t\t\t<imro:verwijzingNorm>PRBP2012</imro:verwijzingNorm>",
                "\t\t\t<imro:geometrie>",
                f'\t\t\t\t<gml:MultiSurface gml:id="{PLAN_ID}_MG0" srsName="{_SRS}">',
                surf,
                "\t\t\t\t</gml:MultiSurface>",
                "\t\t\t</imro:geometrie>",
                "\t\t</imro:Bestemmingsplangebied>",
            ]
        )
    )
    members.append(
        "\n".join(
            [
                '\t\t<imro:MetadataIMRObestand gml:id="Metadata">',
                "\t\t\t<imro:datasetTitel>Zonnehoeve (fictief plan)</imro:datasetTitel>",
                "\t\t\t<imro:creatiedatum>2015-06-25</imro:creatiedatum>",
                f"\t\t\t<imro:bronbeheerder>{escape(GEMEENTENAAM)}</imro:bronbeheerder>",
                "\t\t\t<imro:naamApplicatieschema>IMRO2012</imro:naamApplicatieschema>",
                "\t\t\t<imro:codeReferentiesysteem>28992</imro:codeReferentiesysteem>",
                "\t\t\t<imro:applicatieIdentificatie>optopscan.synthetic</imro:applicatieIdentificatie>",
                "\t\t\t<imro:versieXMLschema>1.1.0</imro:versieXMLschema>",
                "\t\t</imro:MetadataIMRObestand>",
            ]
        )
    )
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<imro:FeatureCollectionIMRO gml:id="Collectie" '
        'xmlns:imro="http://www.geonovum.nl/imro/2012/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.geonovum.nl/imro/2012/1.1 '
        'http://schemas.geonovum.nl/imro/2012/1.1/IMRO2012.xsd">\n'
        "\t<gml:description>FICTIEF bestemmingsplan Zonnehoeve, gegenereerd door "
        "optopscan.synthetic (geen echte gegevens)</gml:description>\n"
        f"\t<gml:name>{PLAN_ID}.gml</gml:name>\n"
    )
    body = "".join(f"\t<imro:featureMember>\n{m}\n\t</imro:featureMember>\n" for m in members)
    return head + body + "</imro:FeatureCollectionIMRO>\n"
