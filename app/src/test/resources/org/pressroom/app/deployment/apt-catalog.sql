-- A line per object of schema apt, in an order and form that do not depend on who created it: enum labels,
-- composite attributes, columns (position among live columns, type, NOT NULL, default), constraints, indexes,
-- sequences, policies and row security, triggers, functions, grants to roles other than the owner, default
-- privileges, app_user's database grant and role. Two databases with the same lines have the same APT schema.
WITH owner AS (SELECT nspowner FROM pg_namespace WHERE nspname = 'apt')
SELECT line FROM (
  SELECT 'type ' || t.typname || ' enum ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'apt'::regnamespace GROUP BY t.typname
  UNION ALL
  SELECT 'type ' || t.typname || ' composite ' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
  FROM pg_type t JOIN pg_class c ON c.oid = t.typrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
  WHERE t.typnamespace = 'apt'::regnamespace AND t.typtype = 'c' AND c.relkind = 'c' GROUP BY t.typname
  UNION ALL
  SELECT format('column %s.%s #%s %s%s%s', c.relname, a.attname,
         (SELECT count(*) FROM pg_attribute b WHERE b.attrelid = c.oid AND b.attnum > 0 AND NOT b.attisdropped AND b.attnum <= a.attnum),
         format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
         coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), ''))
  FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE c.relnamespace = 'apt'::regnamespace AND c.relkind = 'r'
  UNION ALL
  SELECT format('constraint %s.%s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = 'apt'::regnamespace
  UNION ALL
  SELECT format('index %s', regexp_replace(pg_get_indexdef(i.indexrelid), ' USING btree', ''))
  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'apt'::regnamespace
  UNION ALL
  SELECT format('sequence %s %s owned by %s', s.relname, format_type(q.seqtypid, NULL),
         (SELECT t.relname || '.' || a.attname FROM pg_depend dep JOIN pg_class t ON t.oid = dep.refobjid
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = dep.refobjsubid
          WHERE dep.objid = s.oid AND dep.deptype = 'a'))
  FROM pg_class s JOIN pg_sequence q ON q.seqrelid = s.oid WHERE s.relnamespace = 'apt'::regnamespace
  UNION ALL
  SELECT format('policy %s.%s to %s using %s', c.relname, p.polname,
         (SELECT string_agg(r.rolname, ',') FROM pg_roles r WHERE r.oid = ANY (p.polroles)), pg_get_expr(p.polqual, p.polrelid))
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = 'apt'::regnamespace
  UNION ALL
  SELECT format('row security %s %s', c.relname, c.relrowsecurity)
  FROM pg_class c WHERE c.relnamespace = 'apt'::regnamespace AND c.relkind = 'r'
  UNION ALL
  SELECT format('trigger %s.%s', c.relname, t.tgname)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'apt'::regnamespace AND NOT t.tgisinternal
  UNION ALL
  SELECT format('function %s', p.oid::regprocedure) FROM pg_proc p WHERE p.pronamespace = 'apt'::regnamespace
  UNION ALL
  SELECT format('grant %s %s to %s: %s', CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END, c.relname, a.grantee::regrole,
         string_agg(a.privilege_type, ',' ORDER BY a.privilege_type))
  FROM pg_class c, aclexplode(c.relacl) a, owner
  WHERE c.relnamespace = 'apt'::regnamespace AND a.grantee <> owner.nspowner AND a.grantee <> 0
  GROUP BY c.relkind, c.relname, a.grantee
  UNION ALL
  SELECT format('grant schema apt to %s: %s', a.grantee::regrole, string_agg(a.privilege_type, ',' ORDER BY a.privilege_type))
  FROM pg_namespace n, aclexplode(n.nspacl) a, owner WHERE n.nspname = 'apt' AND a.grantee <> owner.nspowner GROUP BY a.grantee
  UNION ALL
  SELECT format('default privileges in apt on %s to %s: %s', CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' ELSE d.defaclobjtype::text END,
         a.grantee::regrole, string_agg(a.privilege_type, ',' ORDER BY a.privilege_type))
  FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE d.defaclnamespace = 'apt'::regnamespace
  GROUP BY d.defaclobjtype, a.grantee
  UNION ALL
  SELECT format('grant database to %s: %s', a.grantee::regrole, string_agg(a.privilege_type, ',' ORDER BY a.privilege_type))
  FROM pg_database db, aclexplode(db.datacl) a WHERE db.datname = current_database() AND a.grantee::regrole::text = 'app_user'
  GROUP BY a.grantee
  UNION ALL
  SELECT format('role %s login %s', r.rolname, r.rolcanlogin) FROM pg_roles r WHERE r.rolname IN ('app_user', 'anonymous')
) lines ORDER BY line;
