resource "aws_vpc_endpoint_service" "vpce_svc_500000000001_us_east_1_acquired_app_billing_api" {
  count    = var.nlb_arn_vpce_svc_500000000001_us_east_1_acquired_app_billing_api == null ? 0 : 1
  provider = aws.us_east_1

  acceptance_required        = true
  network_load_balancer_arns = [var.nlb_arn_vpce_svc_500000000001_us_east_1_acquired_app_billing_api]
  allowed_principals         = ["arn:aws:iam::400000000004:root"]

  tags = {
    Name           = "billing-api"
    "vpcplan:id"   = "vpce-svc/500000000001/us-east-1/acquired-app/billing-api"
    "vpcplan:plan" = "conn-acquired-overlap"
  }
}
