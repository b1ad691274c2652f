resource "aws_security_group" "vpce_400000000004_us_east_1_legacy_core_billing_api" {
  count    = var.vpc_id_r_400000000004_us_east_1_legacy_core == null ? 0 : 1
  provider = aws.us_east_1

  description = "PrivateLink endpoint to billing-api: TCP 443 from the VPC only"
  vpc_id      = var.vpc_id_r_400000000004_us_east_1_legacy_core

  tags = {
    Name           = "legacy-core-billing-api"
    "vpcplan:id"   = "vpce/400000000004/us-east-1/legacy-core/billing-api/sg"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}

resource "aws_vpc_security_group_ingress_rule" "vpce_400000000004_us_east_1_legacy_core_billing_api_10_0_0_0_16_443" {
  count    = var.vpc_id_r_400000000004_us_east_1_legacy_core == null ? 0 : 1
  provider = aws.us_east_1

  security_group_id = aws_security_group.vpce_400000000004_us_east_1_legacy_core_billing_api[0].id
  description       = "billing-api from legacy-core"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_endpoint" "vpce_400000000004_us_east_1_legacy_core_billing_api" {
  count    = var.endpoint_service_name_vpce_svc_500000000001_us_east_1_acquired_app_billing_api == null || var.subnet_ids_vpce_400000000004_us_east_1_legacy_core_billing_api == null || var.vpc_id_r_400000000004_us_east_1_legacy_core == null ? 0 : 1
  provider = aws.us_east_1

  vpc_id              = var.vpc_id_r_400000000004_us_east_1_legacy_core
  service_name        = var.endpoint_service_name_vpce_svc_500000000001_us_east_1_acquired_app_billing_api
  vpc_endpoint_type   = "Interface"
  subnet_ids          = var.subnet_ids_vpce_400000000004_us_east_1_legacy_core_billing_api
  security_group_ids  = [aws_security_group.vpce_400000000004_us_east_1_legacy_core_billing_api[0].id]
  private_dns_enabled = false

  tags = {
    Name           = "legacy-core-billing-api"
    "vpcplan:id"   = "vpce/400000000004/us-east-1/legacy-core/billing-api"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}
