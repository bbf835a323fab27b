<?xml version="1.0" encoding="UTF-8"?>
<imro:FeatureCollectionIMRO gml:id="Collectie" xmlns:imro="http://www.geonovum.nl/imro/2012/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.geonovum.nl/imro/2012/1.1 http://schemas.geonovum.nl/imro/2012/1.1/IMRO2012.xsd">
	<gml:description>FICTIEF bestemmingsplan Zonnehoeve, gegenereerd door optopscan.synthetic (geen echte gegevens)</gml:description>
	<gml:name>NL.IMRO.9999.BPZonnehoeve-VA01.gml</gml:name>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00001-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00001-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Gemengd</imro:naam>
			<imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>3</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel3</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id1" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 507290.000 165905.000 507390.000 165835.000 507390.000 165835.000 507290.000 165905.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00002-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00002-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id2" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507290.000 165965.000 507390.000 165905.000 507390.000 165905.000 507290.000 165965.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00003-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00003-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id3" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507290.000 166115.000 507390.000 165985.000 507390.000 165985.000 507290.000 166115.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00004-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00004-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id4" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507290.000 166265.000 507390.000 166135.000 507390.000 166135.000 507290.000 166265.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00005-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00005-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id5" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507410.000 165965.000 507510.000 165835.000 507510.000 165835.000 507410.000 165965.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00006-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00006-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id6" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507410.000 166115.000 507510.000 165985.000 507510.000 165985.000 507410.000 166115.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00007-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00007-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id7" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507410.000 166265.000 507510.000 166135.000 507510.000 166135.000 507410.000 166265.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00008-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00008-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id8" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507530.000 165965.000 507630.000 165835.000 507630.000 165835.000 507530.000 165965.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00009-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00009-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id9" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507530.000 166115.000 507630.000 165985.000 507630.000 165985.000 507530.000 166115.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00010-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00010-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id10" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507530.000 166265.000 507630.000 166135.000 507630.000 166135.000 507530.000 166265.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00011-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00011-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id11" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507650.000 165965.000 507750.000 165835.000 507750.000 165835.000 507650.000 165965.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00012-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00012-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id12" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507650.000 166115.000 507750.000 165985.000 507750.000 165985.000 507650.000 166115.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00013-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00013-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id13" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507650.000 166265.000 507750.000 166135.000 507750.000 166135.000 507650.000 166265.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00014-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00014-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id14" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507290.000 166415.000 507390.000 166285.000 507390.000 166285.000 507290.000 166415.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00015-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00015-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id15" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507290.000 166565.000 507390.000 166435.000 507390.000 166435.000 507290.000 166565.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00016-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00016-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Agrarisch</imro:naam>
			<imro:bestemmingshoofdgroep>agrarisch</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>1</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel1</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id16" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507290.000 166715.000 507390.000 166585.000 507390.000 166585.000 507290.000 166715.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00017-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00017-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id17" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507410.000 166415.000 507510.000 166285.000 507510.000 166285.000 507410.000 166415.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00018-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00018-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id18" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507410.000 166565.000 507510.000 166435.000 507510.000 166435.000 507410.000 166565.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00019-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00019-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id19" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507410.000 166715.000 507510.000 166585.000 507510.000 166585.000 507410.000 166715.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00020-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00020-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id20" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507530.000 166415.000 507630.000 166285.000 507630.000 166285.000 507530.000 166415.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00021-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00021-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id21" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507530.000 166565.000 507630.000 166435.000 507630.000 166435.000 507530.000 166565.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00022-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00022-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id22" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507530.000 166715.000 507630.000 166585.000 507630.000 166585.000 507530.000 166715.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00023-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00023-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id23" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507650.000 166415.000 507750.000 166285.000 507750.000 166285.000 507650.000 166415.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00024-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00024-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id24" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507650.000 166565.000 507750.000 166435.000 507750.000 166435.000 507650.000 166565.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00025-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00025-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Centrum</imro:naam>
			<imro:bestemmingshoofdgroep>centrum</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>2</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel2</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id25" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507650.000 166655.000 507750.000 166585.000 507750.000 166585.000 507650.000 166655.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00026-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00026-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id26" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507650.000 166715.000 507750.000 166655.000 507750.000 166655.000 507650.000 166715.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00027-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00027-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id27" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507290.000 166865.000 507390.000 166735.000 507390.000 166735.000 507290.000 166865.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00028-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00028-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id28" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507290.000 167015.000 507390.000 166885.000 507390.000 166885.000 507290.000 167015.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00029-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00029-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id29" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507290.000 167165.000 507390.000 167035.000 507390.000 167035.000 507290.000 167165.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00030-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00030-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id30" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507410.000 166865.000 507510.000 166735.000 507510.000 166735.000 507410.000 166865.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00031-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00031-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id31" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507410.000 167015.000 507510.000 166885.000 507510.000 166885.000 507410.000 167015.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00032-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00032-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Gemengd</imro:naam>
			<imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>3</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel3</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id32" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167105.000 507410.000 167105.000 507510.000 167035.000 507510.000 167035.000 507410.000 167105.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00033-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00033-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id33" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507410.000 167165.000 507510.000 167105.000 507510.000 167105.000 507410.000 167165.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00034-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00034-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id34" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507530.000 166865.000 507630.000 166735.000 507630.000 166735.000 507530.000 166865.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00035-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00035-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id35" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507530.000 167015.000 507630.000 166885.000 507630.000 166885.000 507530.000 167015.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00036-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00036-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id36" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507530.000 167165.000 507630.000 167035.000 507630.000 167035.000 507530.000 167165.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00037-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00037-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id37" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507650.000 166865.000 507750.000 166735.000 507750.000 166735.000 507650.000 166865.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00038-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00038-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id38" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507650.000 167015.000 507750.000 166885.000 507750.000 166885.000 507650.000 167015.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00039-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00039-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id39" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507650.000 167165.000 507750.000 167035.000 507750.000 167035.000 507650.000 167165.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00040-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00040-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id40" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507770.000 165965.000 507870.000 165835.000 507870.000 165835.000 507770.000 165965.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00041-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00041-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id41" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507770.000 166115.000 507870.000 165985.000 507870.000 165985.000 507770.000 166115.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00042-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00042-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id42" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507770.000 166265.000 507870.000 166135.000 507870.000 166135.000 507770.000 166265.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00043-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00043-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id43" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507890.000 165965.000 507990.000 165835.000 507990.000 165835.000 507890.000 165965.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00044-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00044-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id44" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507890.000 166115.000 507990.000 165985.000 507990.000 165985.000 507890.000 166115.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00045-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00045-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id45" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507890.000 166265.000 507990.000 166135.000 507990.000 166135.000 507890.000 166265.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00046-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00046-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id46" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508010.000 165965.000 508110.000 165835.000 508110.000 165835.000 508010.000 165965.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00047-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00047-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id47" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508010.000 166115.000 508110.000 165985.000 508110.000 165985.000 508010.000 166115.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00048-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00048-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id48" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508010.000 166265.000 508110.000 166135.000 508110.000 166135.000 508010.000 166265.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00049-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00049-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Centrum</imro:naam>
			<imro:bestemmingshoofdgroep>centrum</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>2</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel2</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id49" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508130.000 165905.000 508230.000 165835.000 508230.000 165835.000 508130.000 165905.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00050-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00050-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id50" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508130.000 165965.000 508230.000 165905.000 508230.000 165905.000 508130.000 165965.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00051-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00051-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id51" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508130.000 166115.000 508230.000 165985.000 508230.000 165985.000 508130.000 166115.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00052-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00052-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id52" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508130.000 166265.000 508230.000 166135.000 508230.000 166135.000 508130.000 166265.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00053-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00053-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id53" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507770.000 166415.000 507870.000 166285.000 507870.000 166285.000 507770.000 166415.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00054-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00054-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id54" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507770.000 166565.000 507870.000 166435.000 507870.000 166435.000 507770.000 166565.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00055-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00055-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id55" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507770.000 166715.000 507870.000 166585.000 507870.000 166585.000 507770.000 166715.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00056-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00056-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id56" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507890.000 166415.000 507990.000 166285.000 507990.000 166285.000 507890.000 166415.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00057-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00057-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id57" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507890.000 166565.000 507990.000 166435.000 507990.000 166435.000 507890.000 166565.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00058-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00058-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Gemengd</imro:naam>
			<imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>3</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel3</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id58" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507890.000 166655.000 507990.000 166585.000 507990.000 166585.000 507890.000 166655.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00059-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00059-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id59" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507890.000 166715.000 507990.000 166655.000 507990.000 166655.000 507890.000 166715.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00060-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00060-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id60" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508010.000 166415.000 508110.000 166285.000 508110.000 166285.000 508010.000 166415.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00061-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00061-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Agrarisch</imro:naam>
			<imro:bestemmingshoofdgroep>agrarisch</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>1</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel1</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id61" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508010.000 166565.000 508110.000 166435.000 508110.000 166435.000 508010.000 166565.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00062-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00062-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id62" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508010.000 166715.000 508110.000 166585.000 508110.000 166585.000 508010.000 166715.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00063-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00063-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id63" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508130.000 166415.000 508230.000 166285.000 508230.000 166285.000 508130.000 166415.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00064-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00064-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id64" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508130.000 166565.000 508230.000 166435.000 508230.000 166435.000 508130.000 166565.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00065-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00065-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id65" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508130.000 166715.000 508230.000 166585.000 508230.000 166585.000 508130.000 166715.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00066-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00066-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Centrum</imro:naam>
			<imro:bestemmingshoofdgroep>centrum</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>2</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel2</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id66" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166805.000 507770.000 166805.000 507870.000 166735.000 507870.000 166735.000 507770.000 166805.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00067-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00067-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id67" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507770.000 166865.000 507870.000 166805.000 507870.000 166805.000 507770.000 166865.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00068-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00068-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id68" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507770.000 167015.000 507870.000 166885.000 507870.000 166885.000 507770.000 167015.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00069-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00069-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id69" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507770.000 167165.000 507870.000 167035.000 507870.000 167035.000 507770.000 167165.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00070-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00070-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id70" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507890.000 166865.000 507990.000 166735.000 507990.000 166735.000 507890.000 166865.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00071-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00071-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id71" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507890.000 167015.000 507990.000 166885.000 507990.000 166885.000 507890.000 167015.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00072-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00072-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id72" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507890.000 167165.000 507990.000 167035.000 507990.000 167035.000 507890.000 167165.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00073-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00073-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id73" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508010.000 166865.000 508110.000 166735.000 508110.000 166735.000 508010.000 166865.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00074-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00074-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id74" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508010.000 167015.000 508110.000 166885.000 508110.000 166885.000 508010.000 167015.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00075-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00075-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id75" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508010.000 167165.000 508110.000 167035.000 508110.000 167035.000 508010.000 167165.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00076-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00076-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id76" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508130.000 166865.000 508230.000 166735.000 508230.000 166735.000 508130.000 166865.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00077-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00077-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id77" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508130.000 167015.000 508230.000 166885.000 508230.000 166885.000 508130.000 167015.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00078-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00078-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id78" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508130.000 167165.000 508230.000 167035.000 508230.000 167035.000 508130.000 167165.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00079-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00079-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id79" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508250.000 165965.000 508350.000 165835.000 508350.000 165835.000 508250.000 165965.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00080-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00080-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id80" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508250.000 166115.000 508350.000 165985.000 508350.000 165985.000 508250.000 166115.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00081-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00081-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id81" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508250.000 166265.000 508350.000 166135.000 508350.000 166135.000 508250.000 166265.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00082-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00082-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id82" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508370.000 165965.000 508470.000 165835.000 508470.000 165835.000 508370.000 165965.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00083-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00083-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id83" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508370.000 166115.000 508470.000 165985.000 508470.000 165985.000 508370.000 166115.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00084-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00084-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id84" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508370.000 166265.000 508470.000 166135.000 508470.000 166135.000 508370.000 166265.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00085-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00085-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Gemengd</imro:naam>
			<imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>3</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel3</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id85" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508490.000 165905.000 508590.000 165835.000 508590.000 165835.000 508490.000 165905.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00086-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00086-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id86" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508490.000 165965.000 508590.000 165905.000 508590.000 165905.000 508490.000 165965.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00087-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00087-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id87" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508490.000 166115.000 508590.000 165985.000 508590.000 165985.000 508490.000 166115.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00088-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00088-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id88" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508490.000 166265.000 508590.000 166135.000 508590.000 166135.000 508490.000 166265.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00089-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00089-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id89" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508610.000 165965.000 508710.000 165835.000 508710.000 165835.000 508610.000 165965.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00090-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00090-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id90" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508610.000 166115.000 508710.000 165985.000 508710.000 165985.000 508610.000 166115.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00091-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00091-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id91" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508610.000 166265.000 508710.000 166135.000 508710.000 166135.000 508610.000 166265.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00092-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00092-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id92" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508250.000 166415.000 508350.000 166285.000 508350.000 166285.000 508250.000 166415.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00093-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00093-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id93" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508250.000 166565.000 508350.000 166435.000 508350.000 166435.000 508250.000 166565.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00094-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00094-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Agrarisch</imro:naam>
			<imro:bestemmingshoofdgroep>agrarisch</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>1</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel1</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id94" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508250.000 166715.000 508350.000 166585.000 508350.000 166585.000 508250.000 166715.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00095-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00095-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Centrum</imro:naam>
			<imro:bestemmingshoofdgroep>centrum</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>2</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel2</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id95" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166355.000 508370.000 166355.000 508470.000 166285.000 508470.000 166285.000 508370.000 166355.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00096-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00096-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id96" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508370.000 166415.000 508470.000 166355.000 508470.000 166355.000 508370.000 166415.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00097-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00097-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id97" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508370.000 166565.000 508470.000 166435.000 508470.000 166435.000 508370.000 166565.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00098-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00098-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id98" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508370.000 166715.000 508470.000 166585.000 508470.000 166585.000 508370.000 166715.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00099-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00099-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id99" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508490.000 166415.000 508590.000 166285.000 508590.000 166285.000 508490.000 166415.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00100-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00100-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id100" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508490.000 166565.000 508590.000 166435.000 508590.000 166435.000 508490.000 166565.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00101-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00101-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id101" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508490.000 166715.000 508590.000 166585.000 508590.000 166585.000 508490.000 166715.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00102-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00102-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id102" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508610.000 166415.000 508710.000 166285.000 508710.000 166285.000 508610.000 166415.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00103-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00103-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id103" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508610.000 166565.000 508710.000 166435.000 508710.000 166435.000 508610.000 166565.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00104-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00104-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id104" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508250.000 166865.000 508350.000 166735.000 508350.000 166735.000 508250.000 166865.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00105-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00105-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Gemengd</imro:naam>
			<imro:bestemmingshoofdgroep>gemengd</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>3</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel3</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id105" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166955.000 508250.000 166955.000 508350.000 166885.000 508350.000 166885.000 508250.000 166955.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00106-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00106-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Maatschappelijk</imro:naam>
			<imro:bestemmingshoofdgroep>maatschappelijk</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>5</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel5</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id106" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508250.000 167015.000 508350.000 166955.000 508350.000 166955.000 508250.000 167015.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00107-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00107-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Wonen</imro:naam>
			<imro:bestemmingshoofdgroep>wonen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>7</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel7</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id107" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508250.000 167165.000 508350.000 167035.000 508350.000 167035.000 508250.000 167165.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00108-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00108-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id108" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508370.000 166865.000 508470.000 166735.000 508470.000 166735.000 508370.000 166865.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00109-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00109-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id109" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508370.000 167015.000 508470.000 166885.000 508470.000 166885.000 508370.000 167015.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00110-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00110-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id110" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508370.000 167165.000 508470.000 167035.000 508470.000 167035.000 508370.000 167165.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00111-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00111-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id111" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508490.000 166865.000 508590.000 166735.000 508590.000 166735.000 508490.000 166865.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00112-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00112-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id112" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508490.000 167015.000 508590.000 166885.000 508590.000 166885.000 508490.000 167015.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00113-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00113-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id113" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508490.000 167165.000 508590.000 167035.000 508590.000 167035.000 508490.000 167165.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00114-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00114-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id114" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508610.000 166865.000 508710.000 166735.000 508710.000 166735.000 508610.000 166865.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00115-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00115-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id115" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508610.000 167015.000 508710.000 166885.000 508710.000 166885.000 508610.000 167015.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00116-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00116-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Groen</imro:naam>
			<imro:bestemmingshoofdgroep>groen</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>4</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel4</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id116" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508610.000 167165.000 508710.000 167035.000 508710.000 167035.000 508610.000 167165.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00117-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00117-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id117" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165825.000 507280.000 165825.000 507760.000 166275.000 507760.000 166275.000 507280.000 165825.000 507280.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>165835.000 507390.000 165835.000 507290.000 165965.000 507290.000 165965.000 507390.000 165835.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 507390.000 165985.000 507390.000 165985.000 507290.000 166115.000 507290.000 166115.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 507510.000 165835.000 507510.000 165835.000 507410.000 165965.000 507410.000 165965.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165985.000 507510.000 165985.000 507410.000 166115.000 507410.000 166115.000 507510.000 165985.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 507630.000 165835.000 507630.000 165835.000 507530.000 165965.000 507530.000 165965.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 507750.000 165835.000 507750.000 165835.000 507650.000 165965.000 507650.000 165965.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 507390.000 166135.000 507290.000 166265.000 507290.000 166265.000 507390.000 166135.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 507510.000 166135.000 507510.000 166135.000 507410.000 166265.000 507410.000 166265.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 507630.000 165985.000 507630.000 165985.000 507530.000 166115.000 507530.000 166115.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 507630.000 166135.000 507530.000 166265.000 507530.000 166265.000 507630.000 166135.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 507750.000 165985.000 507750.000 165985.000 507650.000 166115.000 507650.000 166115.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 507750.000 166135.000 507750.000 166135.000 507650.000 166265.000 507650.000 166265.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00118-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00118-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id118" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166275.000 507280.000 166275.000 507760.000 166725.000 507760.000 166725.000 507280.000 166275.000 507280.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166285.000 507390.000 166285.000 507290.000 166415.000 507290.000 166415.000 507390.000 166285.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 507390.000 166435.000 507390.000 166435.000 507290.000 166565.000 507290.000 166565.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 507510.000 166285.000 507510.000 166285.000 507410.000 166415.000 507410.000 166415.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166435.000 507510.000 166435.000 507410.000 166565.000 507410.000 166565.000 507510.000 166435.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 507630.000 166285.000 507630.000 166285.000 507530.000 166415.000 507530.000 166415.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 507750.000 166285.000 507750.000 166285.000 507650.000 166415.000 507650.000 166415.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 507390.000 166585.000 507290.000 166715.000 507290.000 166715.000 507390.000 166585.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 507510.000 166585.000 507510.000 166585.000 507410.000 166715.000 507410.000 166715.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 507630.000 166435.000 507630.000 166435.000 507530.000 166565.000 507530.000 166565.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 507630.000 166585.000 507530.000 166715.000 507530.000 166715.000 507630.000 166585.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 507750.000 166435.000 507750.000 166435.000 507650.000 166565.000 507650.000 166565.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 507750.000 166585.000 507750.000 166585.000 507650.000 166715.000 507650.000 166715.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00119-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00119-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id119" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166725.000 507280.000 166725.000 507760.000 167175.000 507760.000 167175.000 507280.000 166725.000 507280.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166735.000 507390.000 166735.000 507290.000 166865.000 507290.000 166865.000 507390.000 166735.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 507390.000 166885.000 507390.000 166885.000 507290.000 167015.000 507290.000 167015.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 507510.000 166735.000 507510.000 166735.000 507410.000 166865.000 507410.000 166865.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166885.000 507510.000 166885.000 507410.000 167015.000 507410.000 167015.000 507510.000 166885.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 507630.000 166735.000 507630.000 166735.000 507530.000 166865.000 507530.000 166865.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 507750.000 166735.000 507750.000 166735.000 507650.000 166865.000 507650.000 166865.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 507390.000 167035.000 507290.000 167165.000 507290.000 167165.000 507390.000 167035.000 507390.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 507510.000 167035.000 507510.000 167035.000 507410.000 167165.000 507410.000 167165.000 507510.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 507630.000 166885.000 507630.000 166885.000 507530.000 167015.000 507530.000 167015.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 507630.000 167035.000 507530.000 167165.000 507530.000 167165.000 507630.000 167035.000 507630.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 507750.000 166885.000 507750.000 166885.000 507650.000 167015.000 507650.000 167015.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 507750.000 167035.000 507750.000 167035.000 507650.000 167165.000 507650.000 167165.000 507750.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00120-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00120-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id120" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165825.000 507760.000 165825.000 508240.000 166275.000 508240.000 166275.000 507760.000 165825.000 507760.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>165835.000 507870.000 165835.000 507770.000 165965.000 507770.000 165965.000 507870.000 165835.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 507870.000 165985.000 507870.000 165985.000 507770.000 166115.000 507770.000 166115.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 507990.000 165835.000 507990.000 165835.000 507890.000 165965.000 507890.000 165965.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165985.000 507990.000 165985.000 507890.000 166115.000 507890.000 166115.000 507990.000 165985.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 508110.000 165835.000 508110.000 165835.000 508010.000 165965.000 508010.000 165965.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 508230.000 165835.000 508230.000 165835.000 508130.000 165965.000 508130.000 165965.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 507870.000 166135.000 507770.000 166265.000 507770.000 166265.000 507870.000 166135.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 507990.000 166135.000 507990.000 166135.000 507890.000 166265.000 507890.000 166265.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 508110.000 165985.000 508110.000 165985.000 508010.000 166115.000 508010.000 166115.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 508110.000 166135.000 508010.000 166265.000 508010.000 166265.000 508110.000 166135.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 508230.000 165985.000 508230.000 165985.000 508130.000 166115.000 508130.000 166115.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 508230.000 166135.000 508230.000 166135.000 508130.000 166265.000 508130.000 166265.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00121-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00121-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id121" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166275.000 507760.000 166275.000 508240.000 166725.000 508240.000 166725.000 507760.000 166275.000 507760.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166285.000 507870.000 166285.000 507770.000 166415.000 507770.000 166415.000 507870.000 166285.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 507870.000 166435.000 507870.000 166435.000 507770.000 166565.000 507770.000 166565.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 507990.000 166285.000 507990.000 166285.000 507890.000 166415.000 507890.000 166415.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166435.000 507990.000 166435.000 507890.000 166565.000 507890.000 166565.000 507990.000 166435.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 508110.000 166285.000 508110.000 166285.000 508010.000 166415.000 508010.000 166415.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 508230.000 166285.000 508230.000 166285.000 508130.000 166415.000 508130.000 166415.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 507870.000 166585.000 507770.000 166715.000 507770.000 166715.000 507870.000 166585.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 507990.000 166585.000 507990.000 166585.000 507890.000 166715.000 507890.000 166715.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 508110.000 166435.000 508110.000 166435.000 508010.000 166565.000 508010.000 166565.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 508110.000 166585.000 508010.000 166715.000 508010.000 166715.000 508110.000 166585.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 508230.000 166435.000 508230.000 166435.000 508130.000 166565.000 508130.000 166565.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 508230.000 166585.000 508230.000 166585.000 508130.000 166715.000 508130.000 166715.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00122-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00122-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id122" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166725.000 507760.000 166725.000 508240.000 167175.000 508240.000 167175.000 507760.000 166725.000 507760.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166735.000 507870.000 166735.000 507770.000 166865.000 507770.000 166865.000 507870.000 166735.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 507870.000 166885.000 507870.000 166885.000 507770.000 167015.000 507770.000 167015.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 507990.000 166735.000 507990.000 166735.000 507890.000 166865.000 507890.000 166865.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166885.000 507990.000 166885.000 507890.000 167015.000 507890.000 167015.000 507990.000 166885.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 508110.000 166735.000 508110.000 166735.000 508010.000 166865.000 508010.000 166865.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 508230.000 166735.000 508230.000 166735.000 508130.000 166865.000 508130.000 166865.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 507870.000 167035.000 507770.000 167165.000 507770.000 167165.000 507870.000 167035.000 507870.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 507990.000 167035.000 507990.000 167035.000 507890.000 167165.000 507890.000 167165.000 507990.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 508110.000 166885.000 508110.000 166885.000 508010.000 167015.000 508010.000 167015.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 508110.000 167035.000 508010.000 167165.000 508010.000 167165.000 508110.000 167035.000 508110.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 508230.000 166885.000 508230.000 166885.000 508130.000 167015.000 508130.000 167015.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 508230.000 167035.000 508230.000 167035.000 508130.000 167165.000 508130.000 167165.000 508230.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00123-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00123-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id123" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165825.000 508240.000 165825.000 508720.000 166275.000 508720.000 166275.000 508240.000 165825.000 508240.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>165835.000 508350.000 165835.000 508250.000 165965.000 508250.000 165965.000 508350.000 165835.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 508350.000 165985.000 508350.000 165985.000 508250.000 166115.000 508250.000 166115.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 508470.000 165835.000 508470.000 165835.000 508370.000 165965.000 508370.000 165965.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165985.000 508470.000 165985.000 508370.000 166115.000 508370.000 166115.000 508470.000 165985.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 508590.000 165835.000 508590.000 165835.000 508490.000 165965.000 508490.000 165965.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>165965.000 508710.000 165835.000 508710.000 165835.000 508610.000 165965.000 508610.000 165965.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 508350.000 166135.000 508250.000 166265.000 508250.000 166265.000 508350.000 166135.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 508470.000 166135.000 508470.000 166135.000 508370.000 166265.000 508370.000 166265.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 508590.000 165985.000 508590.000 165985.000 508490.000 166115.000 508490.000 166115.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166135.000 508590.000 166135.000 508490.000 166265.000 508490.000 166265.000 508590.000 166135.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166115.000 508710.000 165985.000 508710.000 165985.000 508610.000 166115.000 508610.000 166115.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166265.000 508710.000 166135.000 508710.000 166135.000 508610.000 166265.000 508610.000 166265.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00124-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00124-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id124" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166275.000 508240.000 166275.000 508720.000 166725.000 508720.000 166725.000 508240.000 166275.000 508240.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166285.000 508350.000 166285.000 508250.000 166415.000 508250.000 166415.000 508350.000 166285.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 508350.000 166435.000 508350.000 166435.000 508250.000 166565.000 508250.000 166565.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 508470.000 166285.000 508470.000 166285.000 508370.000 166415.000 508370.000 166415.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166435.000 508470.000 166435.000 508370.000 166565.000 508370.000 166565.000 508470.000 166435.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 508590.000 166285.000 508590.000 166285.000 508490.000 166415.000 508490.000 166415.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166415.000 508710.000 166285.000 508710.000 166285.000 508610.000 166415.000 508610.000 166415.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 508350.000 166585.000 508250.000 166715.000 508250.000 166715.000 508350.000 166585.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 508470.000 166585.000 508470.000 166585.000 508370.000 166715.000 508370.000 166715.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 508590.000 166435.000 508590.000 166435.000 508490.000 166565.000 508490.000 166565.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166585.000 508590.000 166585.000 508490.000 166715.000 508490.000 166715.000 508590.000 166585.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166565.000 508710.000 166435.000 508710.000 166435.000 508610.000 166565.000 508610.000 166565.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166715.000 508710.000 166585.000 508710.000 166585.000 508610.000 166715.000 508610.000 166715.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Enkelbestemming gml:id="NL.IMRO.9999.EP00125-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.EP00125-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>enkelbestemming</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>Verkeer</imro:naam>
			<imro:bestemmingshoofdgroep>verkeer</imro:bestemmingshoofdgroep>
			<imro:artikelnummer>6</imro:artikelnummer>
			<imro:verwijzingNaarTekstInfo>
				<imro:TekstReferentie_BP>
					<imro:verwijzingNaarTekst>r_NL.IMRO.9999.BPZonnehoeve-VA01.html#artikel6</imro:verwijzingNaarTekst>
					<imro:typeTekst>regels</imro:typeTekst>
				</imro:TekstReferentie_BP>
			</imro:verwijzingNaarTekstInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id125" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166725.000 508240.000 166725.000 508720.000 167175.000 508720.000 167175.000 508240.000 166725.000 508240.000</gml:posList></gml:LinearRing></gml:exterior>
					<gml:interior><gml:LinearRing><gml:posList>166735.000 508350.000 166735.000 508250.000 166865.000 508250.000 166865.000 508350.000 166735.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 508350.000 166885.000 508350.000 166885.000 508250.000 167015.000 508250.000 167015.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 508470.000 166735.000 508470.000 166735.000 508370.000 166865.000 508370.000 166865.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166885.000 508470.000 166885.000 508370.000 167015.000 508370.000 167015.000 508470.000 166885.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 508590.000 166735.000 508590.000 166735.000 508490.000 166865.000 508490.000 166865.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>166865.000 508710.000 166735.000 508710.000 166735.000 508610.000 166865.000 508610.000 166865.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 508350.000 167035.000 508250.000 167165.000 508250.000 167165.000 508350.000 167035.000 508350.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 508470.000 167035.000 508470.000 167035.000 508370.000 167165.000 508370.000 167165.000 508470.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 508590.000 166885.000 508590.000 166885.000 508490.000 167015.000 508490.000 167015.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167035.000 508590.000 167035.000 508490.000 167165.000 508490.000 167165.000 508590.000 167035.000 508590.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167015.000 508710.000 166885.000 508710.000 166885.000 508610.000 167015.000 508610.000 167015.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
					<gml:interior><gml:LinearRing><gml:posList>167165.000 508710.000 167035.000 508710.000 167035.000 508610.000 167165.000 508610.000 167165.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Enkelbestemming>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00001-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00001-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id126" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 507290.000 165905.000 507390.000 165835.000 507390.000 165835.000 507290.000 165905.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00002-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00002-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id127" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507290.000 165965.000 507390.000 165905.000 507390.000 165905.000 507290.000 165965.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00003-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00003-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id128" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507290.000 166115.000 507390.000 165985.000 507390.000 165985.000 507290.000 166115.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00004-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00004-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id129" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507290.000 166265.000 507390.000 166135.000 507390.000 166135.000 507290.000 166265.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00005-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00005-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id130" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507410.000 165965.000 507510.000 165835.000 507510.000 165835.000 507410.000 165965.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00006-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00006-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id131" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507410.000 166115.000 507510.000 165985.000 507510.000 165985.000 507410.000 166115.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00007-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00007-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id132" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507410.000 166265.000 507510.000 166135.000 507510.000 166135.000 507410.000 166265.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00008-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00008-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id133" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507530.000 165965.000 507630.000 165835.000 507630.000 165835.000 507530.000 165965.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00009-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00009-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id134" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507530.000 166265.000 507630.000 166135.000 507630.000 166135.000 507530.000 166265.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00010-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00010-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id135" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507650.000 165965.000 507750.000 165835.000 507750.000 165835.000 507650.000 165965.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00011-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00011-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id136" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507650.000 166265.000 507750.000 166135.000 507750.000 166135.000 507650.000 166265.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00012-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00012-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id137" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507290.000 166415.000 507390.000 166285.000 507390.000 166285.000 507290.000 166415.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00013-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00013-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id138" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507290.000 166565.000 507390.000 166435.000 507390.000 166435.000 507290.000 166565.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00014-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00014-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id139" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507410.000 166415.000 507510.000 166285.000 507510.000 166285.000 507410.000 166415.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00015-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00015-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id140" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507410.000 166565.000 507510.000 166435.000 507510.000 166435.000 507410.000 166565.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00016-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00016-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id141" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507410.000 166715.000 507510.000 166585.000 507510.000 166585.000 507410.000 166715.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00017-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00017-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id142" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507530.000 166565.000 507630.000 166435.000 507630.000 166435.000 507530.000 166565.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00018-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00018-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id143" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507530.000 166715.000 507630.000 166585.000 507630.000 166585.000 507530.000 166715.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00019-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00019-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id144" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507650.000 166415.000 507750.000 166285.000 507750.000 166285.000 507650.000 166415.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00020-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00020-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id145" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507650.000 166565.000 507750.000 166435.000 507750.000 166435.000 507650.000 166565.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00021-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00021-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id146" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507650.000 166655.000 507750.000 166585.000 507750.000 166585.000 507650.000 166655.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00022-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00022-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id147" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507650.000 166715.000 507750.000 166655.000 507750.000 166655.000 507650.000 166715.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00023-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00023-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id148" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507290.000 166865.000 507390.000 166735.000 507390.000 166735.000 507290.000 166865.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00024-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00024-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id149" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507290.000 167015.000 507390.000 166885.000 507390.000 166885.000 507290.000 167015.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00025-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00025-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id150" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507290.000 167165.000 507390.000 167035.000 507390.000 167035.000 507290.000 167165.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00026-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00026-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id151" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507410.000 166865.000 507510.000 166735.000 507510.000 166735.000 507410.000 166865.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00027-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00027-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id152" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507410.000 167015.000 507510.000 166885.000 507510.000 166885.000 507410.000 167015.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00028-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00028-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id153" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167105.000 507410.000 167105.000 507510.000 167035.000 507510.000 167035.000 507410.000 167105.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00029-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00029-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id154" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507410.000 167165.000 507510.000 167105.000 507510.000 167105.000 507410.000 167165.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00030-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00030-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id155" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507530.000 166865.000 507630.000 166735.000 507630.000 166735.000 507530.000 166865.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00031-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00031-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id156" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507530.000 167015.000 507630.000 166885.000 507630.000 166885.000 507530.000 167015.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00032-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00032-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id157" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507650.000 166865.000 507750.000 166735.000 507750.000 166735.000 507650.000 166865.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00033-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00033-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id158" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507650.000 167015.000 507750.000 166885.000 507750.000 166885.000 507650.000 167015.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00034-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00034-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id159" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507770.000 165965.000 507870.000 165835.000 507870.000 165835.000 507770.000 165965.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00035-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00035-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id160" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507770.000 166115.000 507870.000 165985.000 507870.000 165985.000 507770.000 166115.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00036-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00036-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id161" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507770.000 166265.000 507870.000 166135.000 507870.000 166135.000 507770.000 166265.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00037-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00037-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id162" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507890.000 166115.000 507990.000 165985.000 507990.000 165985.000 507890.000 166115.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00038-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00038-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id163" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507890.000 166265.000 507990.000 166135.000 507990.000 166135.000 507890.000 166265.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00039-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00039-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id164" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508010.000 166115.000 508110.000 165985.000 508110.000 165985.000 508010.000 166115.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00040-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00040-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id165" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508010.000 166265.000 508110.000 166135.000 508110.000 166135.000 508010.000 166265.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00041-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00041-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id166" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508130.000 165905.000 508230.000 165835.000 508230.000 165835.000 508130.000 165905.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00042-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00042-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id167" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508130.000 165965.000 508230.000 165905.000 508230.000 165905.000 508130.000 165965.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00043-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00043-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id168" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508130.000 166115.000 508230.000 165985.000 508230.000 165985.000 508130.000 166115.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00044-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00044-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id169" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508130.000 166265.000 508230.000 166135.000 508230.000 166135.000 508130.000 166265.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00045-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00045-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id170" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507770.000 166415.000 507870.000 166285.000 507870.000 166285.000 507770.000 166415.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00046-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00046-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id171" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507770.000 166565.000 507870.000 166435.000 507870.000 166435.000 507770.000 166565.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00047-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00047-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id172" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507770.000 166715.000 507870.000 166585.000 507870.000 166585.000 507770.000 166715.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00048-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00048-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id173" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507890.000 166415.000 507990.000 166285.000 507990.000 166285.000 507890.000 166415.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00049-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00049-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id174" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507890.000 166565.000 507990.000 166435.000 507990.000 166435.000 507890.000 166565.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00050-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00050-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id175" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507890.000 166655.000 507990.000 166585.000 507990.000 166585.000 507890.000 166655.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00051-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00051-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id176" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507890.000 166715.000 507990.000 166655.000 507990.000 166655.000 507890.000 166715.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00052-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00052-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id177" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508010.000 166415.000 508110.000 166285.000 508110.000 166285.000 508010.000 166415.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00053-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00053-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id178" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508010.000 166715.000 508110.000 166585.000 508110.000 166585.000 508010.000 166715.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00054-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00054-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id179" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508130.000 166565.000 508230.000 166435.000 508230.000 166435.000 508130.000 166565.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00055-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00055-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id180" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508130.000 166715.000 508230.000 166585.000 508230.000 166585.000 508130.000 166715.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00056-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00056-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id181" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166805.000 507770.000 166805.000 507870.000 166735.000 507870.000 166735.000 507770.000 166805.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00057-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00057-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id182" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507770.000 166865.000 507870.000 166805.000 507870.000 166805.000 507770.000 166865.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00058-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00058-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id183" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507770.000 167015.000 507870.000 166885.000 507870.000 166885.000 507770.000 167015.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00059-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00059-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id184" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507770.000 167165.000 507870.000 167035.000 507870.000 167035.000 507770.000 167165.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00060-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00060-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id185" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507890.000 166865.000 507990.000 166735.000 507990.000 166735.000 507890.000 166865.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00061-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00061-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id186" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507890.000 167015.000 507990.000 166885.000 507990.000 166885.000 507890.000 167015.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00062-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00062-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id187" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507890.000 167165.000 507990.000 167035.000 507990.000 167035.000 507890.000 167165.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00063-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00063-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id188" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508010.000 166865.000 508110.000 166735.000 508110.000 166735.000 508010.000 166865.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00064-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00064-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id189" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508130.000 166865.000 508230.000 166735.000 508230.000 166735.000 508130.000 166865.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00065-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00065-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id190" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508130.000 167015.000 508230.000 166885.000 508230.000 166885.000 508130.000 167015.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00066-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00066-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id191" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508130.000 167165.000 508230.000 167035.000 508230.000 167035.000 508130.000 167165.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00067-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00067-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id192" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508250.000 165965.000 508350.000 165835.000 508350.000 165835.000 508250.000 165965.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00068-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00068-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id193" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508250.000 166115.000 508350.000 165985.000 508350.000 165985.000 508250.000 166115.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00069-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00069-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id194" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508250.000 166265.000 508350.000 166135.000 508350.000 166135.000 508250.000 166265.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00070-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00070-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id195" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508370.000 166115.000 508470.000 165985.000 508470.000 165985.000 508370.000 166115.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00071-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00071-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id196" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508490.000 165905.000 508590.000 165835.000 508590.000 165835.000 508490.000 165905.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00072-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00072-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id197" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508490.000 165965.000 508590.000 165905.000 508590.000 165905.000 508490.000 165965.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00073-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00073-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id198" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508490.000 166115.000 508590.000 165985.000 508590.000 165985.000 508490.000 166115.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00074-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00074-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id199" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508490.000 166265.000 508590.000 166135.000 508590.000 166135.000 508490.000 166265.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00075-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00075-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id200" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508610.000 165965.000 508710.000 165835.000 508710.000 165835.000 508610.000 165965.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00076-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00076-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id201" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508610.000 166115.000 508710.000 165985.000 508710.000 165985.000 508610.000 166115.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00077-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00077-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id202" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508610.000 166265.000 508710.000 166135.000 508710.000 166135.000 508610.000 166265.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00078-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00078-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id203" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508250.000 166415.000 508350.000 166285.000 508350.000 166285.000 508250.000 166415.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00079-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00079-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id204" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508250.000 166565.000 508350.000 166435.000 508350.000 166435.000 508250.000 166565.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00080-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00080-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id205" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166355.000 508370.000 166355.000 508470.000 166285.000 508470.000 166285.000 508370.000 166355.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00081-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00081-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id206" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508370.000 166415.000 508470.000 166355.000 508470.000 166355.000 508370.000 166415.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00082-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00082-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id207" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508370.000 166565.000 508470.000 166435.000 508470.000 166435.000 508370.000 166565.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00083-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00083-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id208" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508370.000 166715.000 508470.000 166585.000 508470.000 166585.000 508370.000 166715.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00084-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00084-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id209" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508490.000 166415.000 508590.000 166285.000 508590.000 166285.000 508490.000 166415.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00085-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00085-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id210" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508490.000 166565.000 508590.000 166435.000 508590.000 166435.000 508490.000 166565.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00086-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00086-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id211" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508490.000 166715.000 508590.000 166585.000 508590.000 166585.000 508490.000 166715.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00087-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00087-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id212" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508610.000 166565.000 508710.000 166435.000 508710.000 166435.000 508610.000 166565.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00088-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00088-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id213" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166955.000 508250.000 166955.000 508350.000 166885.000 508350.000 166885.000 508250.000 166955.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00089-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00089-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id214" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508250.000 167015.000 508350.000 166955.000 508350.000 166955.000 508250.000 167015.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bouwvlak gml:id="NL.IMRO.9999.BV00090-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BV00090-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>bouwvlak</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>bouwvlak</imro:naam>
			<imro:geometrie>
				<gml:Polygon gml:id="id215" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508250.000 167165.000 508350.000 167035.000 508350.000 167035.000 508250.000 167165.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Bouwvlak>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00001-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00001-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id216" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165870.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id217" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 507290.000 165905.000 507390.000 165835.000 507390.000 165835.000 507290.000 165905.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00002-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00002-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id218" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165935.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id219" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507290.000 165965.000 507390.000 165905.000 507390.000 165905.000 507290.000 165965.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00003-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00003-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id220" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>15</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id221" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507290.000 166115.000 507390.000 165985.000 507390.000 165985.000 507290.000 166115.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00004-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00004-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id222" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id223" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507290.000 166265.000 507390.000 166135.000 507390.000 166135.000 507290.000 166265.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00005-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00005-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id224" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id225" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507410.000 165965.000 507510.000 165835.000 507510.000 165835.000 507410.000 165965.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00006-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00006-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id226" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id227" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507410.000 166115.000 507510.000 165985.000 507510.000 165985.000 507410.000 166115.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00007-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00007-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id228" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id229" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507410.000 166265.000 507510.000 166135.000 507510.000 166135.000 507410.000 166265.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00008-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00008-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id230" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id231" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507530.000 165965.000 507630.000 165835.000 507630.000 165835.000 507530.000 165965.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00009-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00009-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id232" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id233" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507530.000 166265.000 507630.000 166135.000 507630.000 166135.000 507530.000 166265.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00010-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00010-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id234" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id235" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507650.000 165965.000 507750.000 165835.000 507750.000 165835.000 507650.000 165965.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00011-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00011-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id236" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id237" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507650.000 166265.000 507750.000 166135.000 507750.000 166135.000 507650.000 166265.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00012-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00012-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id238" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>5</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id239" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507290.000 166415.000 507390.000 166285.000 507390.000 166285.000 507290.000 166415.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00013-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00013-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id240" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id241" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507290.000 166565.000 507390.000 166435.000 507390.000 166435.000 507290.000 166565.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00014-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00014-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id242" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id243" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507410.000 166415.000 507510.000 166285.000 507510.000 166285.000 507410.000 166415.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00015-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00015-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id244" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id245" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507410.000 166565.000 507510.000 166435.000 507510.000 166435.000 507410.000 166565.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00016-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00016-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id246" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id247" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507410.000 166715.000 507510.000 166585.000 507510.000 166585.000 507410.000 166715.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00017-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00017-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id248" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id249" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507530.000 166565.000 507630.000 166435.000 507630.000 166435.000 507530.000 166565.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00018-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00018-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id250" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id251" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507530.000 166715.000 507630.000 166585.000 507630.000 166585.000 507530.000 166715.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00019-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00019-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id252" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id253" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507650.000 166415.000 507750.000 166285.000 507750.000 166285.000 507650.000 166415.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00020-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00020-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id254" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id255" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507650.000 166565.000 507750.000 166435.000 507750.000 166435.000 507650.000 166565.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00021-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00021-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id256" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166620.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id257" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507650.000 166655.000 507750.000 166585.000 507750.000 166585.000 507650.000 166655.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00022-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00022-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id258" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166685.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id259" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507650.000 166715.000 507750.000 166655.000 507750.000 166655.000 507650.000 166715.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00023-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00023-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id260" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id261" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507290.000 166865.000 507390.000 166735.000 507390.000 166735.000 507290.000 166865.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00024-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00024-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id262" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id263" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507290.000 167015.000 507390.000 166885.000 507390.000 166885.000 507290.000 167015.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00025-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00025-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id264" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167100.000 507340.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id265" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507290.000 167165.000 507390.000 167035.000 507390.000 167035.000 507290.000 167165.000 507290.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00026-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00026-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id266" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id267" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507410.000 166865.000 507510.000 166735.000 507510.000 166735.000 507410.000 166865.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00027-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00027-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id268" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>20</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id269" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507410.000 167015.000 507510.000 166885.000 507510.000 166885.000 507410.000 167015.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00028-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00028-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id270" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167070.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id271" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167105.000 507410.000 167105.000 507510.000 167035.000 507510.000 167035.000 507410.000 167105.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00029-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00029-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id272" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167135.000 507460.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id273" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507410.000 167165.000 507510.000 167105.000 507510.000 167105.000 507410.000 167165.000 507410.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00030-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00030-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id274" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>15</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id275" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507530.000 166865.000 507630.000 166735.000 507630.000 166735.000 507530.000 166865.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00031-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00031-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id276" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507580.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id277" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507530.000 167015.000 507630.000 166885.000 507630.000 166885.000 507530.000 167015.000 507530.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00032-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00032-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id278" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id279" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507650.000 166865.000 507750.000 166735.000 507750.000 166735.000 507650.000 166865.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00033-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00033-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id280" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507700.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id281" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507650.000 167015.000 507750.000 166885.000 507750.000 166885.000 507650.000 167015.000 507650.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00034-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00034-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id282" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>5</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id283" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 507770.000 165965.000 507870.000 165835.000 507870.000 165835.000 507770.000 165965.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00035-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00035-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id284" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>17</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id285" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507770.000 166115.000 507870.000 165985.000 507870.000 165985.000 507770.000 166115.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00036-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00036-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id286" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id287" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507770.000 166265.000 507870.000 166135.000 507870.000 166135.000 507770.000 166265.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00037-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00037-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id288" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id289" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 507890.000 166115.000 507990.000 165985.000 507990.000 165985.000 507890.000 166115.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00038-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00038-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id290" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id291" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 507890.000 166265.000 507990.000 166135.000 507990.000 166135.000 507890.000 166265.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00039-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00039-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id292" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508060.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id293" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508010.000 166115.000 508110.000 165985.000 508110.000 165985.000 508010.000 166115.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00040-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00040-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id294" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 508060.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id295" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508010.000 166265.000 508110.000 166135.000 508110.000 166135.000 508010.000 166265.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00041-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00041-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id296" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165870.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id297" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508130.000 165905.000 508230.000 165835.000 508230.000 165835.000 508130.000 165905.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00042-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00042-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id298" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165935.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id299" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508130.000 165965.000 508230.000 165905.000 508230.000 165905.000 508130.000 165965.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00043-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00043-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id300" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id301" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508130.000 166115.000 508230.000 165985.000 508230.000 165985.000 508130.000 166115.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00044-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00044-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id302" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id303" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508130.000 166265.000 508230.000 166135.000 508230.000 166135.000 508130.000 166265.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00045-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00045-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id304" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id305" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507770.000 166415.000 507870.000 166285.000 507870.000 166285.000 507770.000 166415.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00046-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00046-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id306" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>5</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id307" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507770.000 166565.000 507870.000 166435.000 507870.000 166435.000 507770.000 166565.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00047-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00047-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id308" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id309" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507770.000 166715.000 507870.000 166585.000 507870.000 166585.000 507770.000 166715.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00048-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00048-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id310" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>17</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id311" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 507890.000 166415.000 507990.000 166285.000 507990.000 166285.000 507890.000 166415.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00049-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00049-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id312" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id313" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 507890.000 166565.000 507990.000 166435.000 507990.000 166435.000 507890.000 166565.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00050-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00050-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id314" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166620.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>13</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id315" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166655.000 507890.000 166655.000 507990.000 166585.000 507990.000 166585.000 507890.000 166655.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00051-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00051-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id316" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166685.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id317" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 507890.000 166715.000 507990.000 166655.000 507990.000 166655.000 507890.000 166715.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00052-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00052-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id318" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 508060.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id319" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508010.000 166415.000 508110.000 166285.000 508110.000 166285.000 508010.000 166415.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00053-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00053-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id320" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 508060.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id321" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508010.000 166715.000 508110.000 166585.000 508110.000 166585.000 508010.000 166715.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00054-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00054-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id322" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id323" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508130.000 166565.000 508230.000 166435.000 508230.000 166435.000 508130.000 166565.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00055-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00055-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id324" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id325" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508130.000 166715.000 508230.000 166585.000 508230.000 166585.000 508130.000 166715.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00056-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00056-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id326" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166770.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>15</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id327" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166805.000 507770.000 166805.000 507870.000 166735.000 507870.000 166735.000 507770.000 166805.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00057-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00057-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id328" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166835.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>9</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id329" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507770.000 166865.000 507870.000 166805.000 507870.000 166805.000 507770.000 166865.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00058-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00058-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id330" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id331" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507770.000 167015.000 507870.000 166885.000 507870.000 166885.000 507770.000 167015.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00059-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00059-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id332" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167100.000 507820.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id333" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507770.000 167165.000 507870.000 167035.000 507870.000 167035.000 507770.000 167165.000 507770.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00060-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00060-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id334" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id335" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 507890.000 166865.000 507990.000 166735.000 507990.000 166735.000 507890.000 166865.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00061-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00061-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id336" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>24</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id337" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 507890.000 167015.000 507990.000 166885.000 507990.000 166885.000 507890.000 167015.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00062-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00062-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id338" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167100.000 507940.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id339" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 507890.000 167165.000 507990.000 167035.000 507990.000 167035.000 507890.000 167165.000 507890.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00063-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00063-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id340" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 508060.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id341" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508010.000 166865.000 508110.000 166735.000 508110.000 166735.000 508010.000 166865.000 508010.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00064-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00064-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id342" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166800.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id343" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166865.000 508130.000 166865.000 508230.000 166735.000 508230.000 166735.000 508130.000 166865.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00065-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00065-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id344" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166950.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id345" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508130.000 167015.000 508230.000 166885.000 508230.000 166885.000 508130.000 167015.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00066-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00066-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id346" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167100.000 508180.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id347" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508130.000 167165.000 508230.000 167035.000 508230.000 167035.000 508130.000 167165.000 508130.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00067-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00067-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id348" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id349" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508250.000 165965.000 508350.000 165835.000 508350.000 165835.000 508250.000 165965.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00068-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00068-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id350" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id351" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508250.000 166115.000 508350.000 165985.000 508350.000 165985.000 508250.000 166115.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00069-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00069-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id352" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id353" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508250.000 166265.000 508350.000 166135.000 508350.000 166135.000 508250.000 166265.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00070-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00070-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id354" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508420.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id355" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508370.000 166115.000 508470.000 165985.000 508470.000 165985.000 508370.000 166115.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00071-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00071-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id356" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165870.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id357" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165905.000 508490.000 165905.000 508590.000 165835.000 508590.000 165835.000 508490.000 165905.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00072-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00072-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id358" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165935.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id359" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508490.000 165965.000 508590.000 165905.000 508590.000 165905.000 508490.000 165965.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00073-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00073-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id360" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>60</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id361" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508490.000 166115.000 508590.000 165985.000 508590.000 165985.000 508490.000 166115.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00074-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00074-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum aantal bouwlagen</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s131</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id362" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>7</imro:waarde>
					<imro:waardeType>maximum aantal bouwlagen</imro:waardeType>
					<imro:symboolCode>s131</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id363" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508490.000 166265.000 508590.000 166135.000 508590.000 166135.000 508490.000 166265.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00075-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00075-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id364" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>165900.000 508660.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id365" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>165965.000 508610.000 165965.000 508710.000 165835.000 508710.000 165835.000 508610.000 165965.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00076-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00076-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id366" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166050.000 508660.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id367" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166115.000 508610.000 166115.000 508710.000 165985.000 508710.000 165985.000 508610.000 166115.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00077-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00077-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id368" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166200.000 508660.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>24</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id369" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166265.000 508610.000 166265.000 508710.000 166135.000 508710.000 166135.000 508610.000 166265.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00078-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00078-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id370" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>23</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id371" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508250.000 166415.000 508350.000 166285.000 508350.000 166285.000 508250.000 166415.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00079-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00079-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id372" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id373" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508250.000 166565.000 508350.000 166435.000 508350.000 166435.000 508250.000 166565.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00080-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00080-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id374" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166320.000 508420.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id375" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166355.000 508370.000 166355.000 508470.000 166285.000 508470.000 166285.000 508370.000 166355.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00081-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00081-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id376" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166385.000 508420.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>9</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id377" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508370.000 166415.000 508470.000 166355.000 508470.000 166355.000 508370.000 166415.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00082-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00082-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id378" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 508420.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id379" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508370.000 166565.000 508470.000 166435.000 508470.000 166435.000 508370.000 166565.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00083-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00083-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id380" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 508420.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>18</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id381" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508370.000 166715.000 508470.000 166585.000 508470.000 166585.000 508370.000 166715.000 508370.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00084-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00084-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id382" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166350.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>21</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id383" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166415.000 508490.000 166415.000 508590.000 166285.000 508590.000 166285.000 508490.000 166415.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00085-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00085-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id384" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id385" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508490.000 166565.000 508590.000 166435.000 508590.000 166435.000 508490.000 166565.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00086-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00086-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id386" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166650.000 508540.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id387" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166715.000 508490.000 166715.000 508590.000 166585.000 508590.000 166585.000 508490.000 166715.000 508490.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00087-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00087-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id388" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166500.000 508660.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>19</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id389" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166565.000 508610.000 166565.000 508710.000 166435.000 508710.000 166435.000 508610.000 166565.000 508610.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00088-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00088-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m), maximum bebouwingspercentage (%)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id390" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166920.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>14</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>80</imro:waarde>
					<imro:waardeType>maximum bebouwingspercentage (%)</imro:waardeType>
					<imro:symboolCode>s123</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id391" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>166955.000 508250.000 166955.000 508350.000 166885.000 508350.000 166885.000 508250.000 166955.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00089-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00089-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s111</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id392" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>166985.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id393" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167015.000 508250.000 167015.000 508350.000 166955.000 508350.000 166955.000 508250.000 167015.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Maatvoering gml:id="NL.IMRO.9999.MV00090-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.MV00090-VA01</imro:lokaalID>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlanobject>maatvoering</imro:typePlanobject>
			<imro:plangebied xlink:href="#NL.IMRO.9999.BPZonnehoeve-VA01"/>
			<imro:naam>maximum goothoogte (m), maximum bouwhoogte (m)</imro:naam>
			<imro:symboolInfo>
				<imro:SymboolEnPositie>
					<imro:symboolCode>s112</imro:symboolCode>
					<imro:positie>
						<imro:Labelpositie>
							<imro:plaatsingspunt>
								<gml:Point gml:id="id394" srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>167100.000 508300.000</gml:pos></gml:Point>
							</imro:plaatsingspunt>
							<imro:hoek>0</imro:hoek>
						</imro:Labelpositie>
					</imro:positie>
				</imro:SymboolEnPositie>
			</imro:symboolInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>6</imro:waarde>
					<imro:waardeType>maximum goothoogte (m)</imro:waardeType>
					<imro:symboolCode>s112</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:maatvoeringInfo>
				<imro:WaardeEnType>
					<imro:waarde>10</imro:waarde>
					<imro:waardeType>maximum bouwhoogte (m)</imro:waardeType>
					<imro:symboolCode>s111</imro:symboolCode>
				</imro:WaardeEnType>
			</imro:maatvoeringInfo>
			<imro:geometrie>
				<gml:Polygon gml:id="id395" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:exterior><gml:LinearRing><gml:posList>167165.000 508250.000 167165.000 508350.000 167035.000 508350.000 167035.000 508250.000 167165.000 508250.000</gml:posList></gml:LinearRing></gml:exterior>
				</gml:Polygon>
			</imro:geometrie>
		</imro:Maatvoering>
	</imro:featureMember>
	<imro:featureMember>
		<imro:Bestemmingsplangebied gml:id="NL.IMRO.9999.BPZonnehoeve-VA01">
			<imro:identificatie>
				<imro:NEN3610ID>
					<imro:namespace>NL.IMRO</imro:namespace>
					<imro:lokaalID>9999.BPZonnehoeve</imro:lokaalID>
					<imro:versie>VA01</imro:versie>
				</imro:NEN3610ID>
			</imro:identificatie>
			<imro:typePlan>bestemmingsplan</imro:typePlan>
			<imro:beleidsmatigVerantwoordelijkeOverheid>gemeentelijke overheid</imro:beleidsmatigVerantwoordelijkeOverheid>
			<imro:naamOverheid>Zonnehoeve (fictief)</imro:naamOverheid>
			<imro:overheidsCode>9999</imro:overheidsCode>
			<imro:naam>Zonnehoeve (fictief plan)</imro:naam>
			<imro:planstatusInfo>
				<imro:PlanstatusEnDatum>
					<imro:planstatus>vastgesteld</imro:planstatus>
					<imro:datum>2015-06-25</imro:datum>
				</imro:PlanstatusEnDatum>
			</imro:planstatusInfo>
			<imro:verwijzingNorm>IMRO2012</imro:verwijzingNorm>
			<imro:verwijzingNorm>PRBP2012</imro:verwijzingNorm>
			<imro:geometrie>
				<gml:MultiSurface gml:id="NL.IMRO.9999.BPZonnehoeve-VA01_MG0" srsName="urn:ogc:def:crs:EPSG::28992">
					<gml:surfaceMember>
						<gml:Polygon gml:id="id396" srsName="urn:ogc:def:crs:EPSG::28992">
							<gml:exterior><gml:LinearRing><gml:posList>165825.000 508720.000 166275.000 508720.000 166725.000 508720.000 167175.000 508720.000 167175.000 508240.000 167175.000 507760.000 167175.000 507280.000 166725.000 507280.000 166275.000 507280.000 165825.000 507280.000 165825.000 507760.000 165825.000 508240.000 165825.000 508720.000</gml:posList></gml:LinearRing></gml:exterior>
							<gml:interior><gml:LinearRing><gml:posList>166715.000 508710.000 166585.000 508710.000 166585.000 508610.000 166715.000 508610.000 166715.000 508710.000</gml:posList></gml:LinearRing></gml:interior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</imro:geometrie>
		</imro:Bestemmingsplangebied>
	</imro:featureMember>
	<imro:featureMember>
		<imro:MetadataIMRObestand gml:id="Metadata">
			<imro:datasetTitel>Zonnehoeve (fictief plan)</imro:datasetTitel>
			<imro:creatiedatum>2015-06-25</imro:creatiedatum>
			<imro:bronbeheerder>Zonnehoeve (fictief)</imro:bronbeheerder>
			<imro:naamApplicatieschema>IMRO2012</imro:naamApplicatieschema>
			<imro:codeReferentiesysteem>28992</imro:codeReferentiesysteem>
			<imro:applicatieIdentificatie>optopscan.synthetic</imro:applicatieIdentificatie>
			<imro:versieXMLschema>1.1.0</imro:versieXMLschema>
		</imro:MetadataIMRObestand>
	</imro:featureMember>
</imro:FeatureCollectionIMRO>
