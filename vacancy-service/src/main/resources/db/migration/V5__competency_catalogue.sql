-- The competency catalogue: the names a vacancy may measure, each with a default definition.
-- A vacancy keeps its own definition (definitions vary per posting); publication only checks the name
-- (case-insensitive). Administrators add or redefine entries through PUT /admin/competencies/{name}.
CREATE TABLE competency (
    name       varchar(100) PRIMARY KEY,
    definition text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by varchar(200) NOT NULL DEFAULT 'migration'
);
CREATE UNIQUE INDEX competency_name_ci_idx ON competency (lower(name));

INSERT INTO competency (name, definition) VALUES
('Klantgerichtheid', 'Je denkt actief mee, speelt in op vragen en wensen van interne en externe klant en volgt ze op.'),
('Samenwerken', 'Je werkt op eigen initiatief dagelijks met je collega''s in het team samen, bouwt actief mee aan een goede groepssfeer en stimuleert anderen tot samenwerken.'),
('Resultaatgerichtheid', 'Je werkt doelgericht, voor jezelf en voor de anderen binnen het team.'),
('Wendbaarheid', 'Je stelt bestaande situaties spontaan in vraag en ziet nieuwe opportuniteiten.'),
('Integriteit', 'Je past sociale, professionele en ethische normen in de praktijk toe.'),
('Communiceren', 'Je kan helder communiceren in twee richtingen, met aandacht voor de doelgroep en situatie.'),
('Adviseren', 'Je geeft gericht advies op basis van je eigen expertise en knowhow.'),
('Plannen en organiseren', 'Je coördineert acties, tijd en middelen op middellange termijn, voor jezelf, je team of collega''s.'),
('Leiding geven', 'Functioneel leidinggeven. Je stuurt je team taakgericht aan op korte termijn.'),
('Zelfstandig werken', 'Je plant taken voor jezelf en voor anderen.'),
('Innovatie en creativiteit', 'Je komt met alternatieve ideeën, werkwijzen en oplossingen voor de dag.'),
('Kwaliteitsvol werken', 'Je onderneemt acties om de kwaliteit van het werk te verbeteren.'),
('Empathisch handelen', 'Je merkt subtiele en onuitgesproken gevoelens, behoeften en wensen van anderen op en geeft hier een passende reactie op.');
